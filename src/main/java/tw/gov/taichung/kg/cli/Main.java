package tw.gov.taichung.kg.cli;
public class Main { public static void main(String[] a) {} }
