package tw.gov.taichung.kg.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for Traditional Chinese beside English, used to index and to query alike. Han characters
 * become overlapping bigrams (a lone character stays a unigram), as Lucene's CJK analyzer does; full-width
 * letters and digits fold to their ASCII forms and half-width katakana to full width (so ＮＶＩＤＩＡ is
 * NVIDIA); variant characters that the reports use interchangeably fold to one form (臺 and 台, so 台中 finds
 * 臺中); Latin letters lose case and accents (Systèmes is systemes). Offsets stay those of the original
 * text, so a match can be highlighted where it is.
 */
public final class TextAnalyzer extends Analyzer {
    private static final NormalizeCharMap VARIANTS = variants();

    private static NormalizeCharMap variants() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        String[][] pairs = {{"臺", "台"}, {"裏", "裡"}, {"峯", "峰"}, {"羣", "群"}, {"衆", "眾"}, {"綫", "線"},
            {"麪", "麵"}, {"祕", "秘"}, {"\u3000", " "}};
        for (String[] p : pairs) {
            b.add(p[0], p[1]);
        }
        return b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(VARIANTS, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(VARIANTS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
