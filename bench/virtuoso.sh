#!/usr/bin/env bash
# A private Virtuoso instance for the peer benchmark, bound to 127.0.0.1 only.
#   bench/virtuoso.sh start DIR [HTTP_PORT] [SQL_PORT]   create DIR/virtuoso.ini and start the server (waits)
#   bench/virtuoso.sh load DIR FILE.nq                   bulk-load an N-Quads file (graphs from the quads)
#   bench/virtuoso.sh stop DIR                           checkpoint-free shutdown
# Buffers: 1.3 GB by default (VIRTUOSO_BUFFERS pages of 8 KB); raise for the x1000 corpus.
set -euo pipefail
cmd=${1:?start|load|stop}; dir=${2:?folder}
http=${3:-8890}; sql=${4:-1111}
if [ -f "$dir/ports" ]; then read -r http sql < "$dir/ports"; fi
isql() { isql-vt "127.0.0.1:$sql" dba dba "$@"; }
case "$cmd" in
start)
    mkdir -p "$dir/db" "$dir/load"
    echo "$http $sql" > "$dir/ports"
    buffers=${VIRTUOSO_BUFFERS:-170000}
    cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 20
CheckpointInterval = 0
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., $dir/load
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 256
MaxMemPoolSize = 200000000
PrefixResultNames = 0
MacSpotlight = 0
MaxQueryMem = 2G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = $buffers
MaxDirtyBuffers = $((buffers * 3 / 4))

[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir/db
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
DefaultMailServer = localhost:25
MaxKeepAlives = 10
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
MaintenancePageRoot = /

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[VDB]
ArrayOptimization = 0
NumArrayParameters = 10
VDBDisconnectTimeout = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName = tdkg-bench
ServerEnable = 0

[Striping]
Segment1 = 100M, db-seg1-1.db

[Zero Config]
ServerName = tdkg-bench

[Mono]

[URIQA]
DynamicLocal = 0
DefaultHost = 127.0.0.1:$http

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = ${VIRTUOSO_QUERY_TIMEOUT:-30}
DefaultQuery = select distinct ?Concept where {[] a ?Concept} LIMIT 100
DeferInferenceRulesInit = 0
INI
    (cd "$dir/db" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait >"$dir/start.log" 2>&1)
    for _ in $(seq 1 120); do
        if curl -sf -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D"; then echo "virtuoso up on 127.0.0.1:$http"; exit 0; fi
        sleep 0.5
    done
    echo "virtuoso did not answer on 127.0.0.1:$http" >&2; tail -20 "$dir/db/virtuoso.log" >&2; exit 1
    ;;
load)
    file=${3:?file.nq}
    if [ -f "$dir/ports" ]; then read -r http sql < "$dir/ports"; fi
    rm -f "$dir/load/"*
    ln -f "$file" "$dir/load/data.nq" 2>/dev/null || cp "$file" "$dir/load/data.nq"
    isql exec="ld_dir('$dir/load', 'data.nq', 'urn:tdkg:default'); rdf_loader_run(); checkpoint;" >/dev/null
    isql exec="SELECT ll_state, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;" | grep -v "^$" | tail -5
    ;;
stop)
    isql exec="shutdown;" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do [ -f "$dir/db/virtuoso.lck" ] || exit 0; sleep 0.5; done
    ;;
*) echo "usage: $0 start|load|stop DIR" >&2; exit 2 ;;
esac
