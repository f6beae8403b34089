package vn.thanhhoa.cds.catalog.indicator;

import java.util.Arrays;
import java.util.Optional;

/** The four DX pillars, by the abbreviations the documents use. */
public enum Pillar {
    CQS("Chính quyền số"),
    KTS("Kinh tế số"),
    XHS("Xã hội số"),
    HTS("Hạ tầng số");

    private final String vietnameseName;

    Pillar(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Optional<Pillar> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.name().equals(text)).findFirst();
    }
}
