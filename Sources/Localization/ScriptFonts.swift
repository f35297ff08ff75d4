/// The fonts that draw the catalogues' scripts, in the order a text layout should try them: DejaVu (the pages' and
/// charts' typeface, for Latin, Greek, Cyrillic and Arabic), then one font per script it lacks. Naming them in order
/// keeps a letter and its vowel sign in one font (left to fontconfig's fallback, a Tamil letter and its sign could
/// come from different fonts and not join).
public enum ScriptFonts {
    /// A Pango font family list.
    public static let family = "DejaVu Sans, Noto Sans Tamil, Noto Sans Devanagari, Noto Sans Arabic, Noto Sans CJK SC"
}
