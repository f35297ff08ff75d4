import Testing
import NumberFormats

/// Format specs read as Python's mini-language reads them, and every style writes what a reader expects.
@Suite struct ValueFormatTests {
    @Test(arguments: [
        ("", 0.98534, ValueFormat.Style.percent, "98.53%"),
        (".1%", 0.98534, .fixed, "98.5%"),
        (".0%", 0.98534, .fixed, "99%"),
        (",d", 60_000.4, .fixed, "60,000"),
        (",", 1_234_567.891, .fixed, "1,234,567.8910"),
        (",.2f", -1_234_567.891, .percent, "-1,234,567.89"),
        (".3f", 0.0452, .percent, "0.045"),
        ("d", 7.5, .fixed, "8"),
        ("p", 0.000_01, .fixed, "< 0.0001"),
        (".3p", 0.0123, .fixed, "0.012"),
        (".2p", 0.004, .fixed, "< 0.01"),
        ("", 0.0452, .fixed, "0.0452"),
    ])
    func writesEachStyle(spec: String, value: Double, own: ValueFormat.Style, expected: String) throws {
        #expect(try ValueFormat(parsing: spec).text(value, own: own) == expected)
    }

    @Test func aValueThatIsNoNumberIsADash() throws {
        #expect(try ValueFormat(parsing: ".1%").text(.nan, own: .percent) == "–")
        #expect(ValueFormat.plain.text(.infinity, own: .fixed) == "–")
    }

    @Test(arguments: ["x", ".", ".13f", "%%", ".2q", "d,"])
    func refusesWhatItCannotRead(spec: String) {
        let error = #expect(throws: ValueFormat.Invalid.self) { try ValueFormat(parsing: spec) }
        #expect(error?.spec == spec)
    }

    @Test(arguments: [(" epoch", 1.0, "1 epoch"), (" epoch", 3, "3 epochs"), (",d run", 1_200, "1,200 runs"),
                      (" seed", 0, "0 seeds"), (" pass", 2, "2 passes"), (" study", 2, "2 studies"), (" day", 2, "2 days"),
                      (" batch", 3, "3 batches"),
                      (" child|children", 4, "4 children"), (" child|children", 1, "1 child"), (".1f point", 1.04, "1.0 points")])
    func countsTheirNoun(spec: String, value: Double, expected: String) throws {
        let text = try ValueFormat(parsing: spec).text(value, own: .whole)
        #expect(text == expected)
    }

    @Test("A format after a space is still a format, not a noun")
    func aSpaceBeforeAFormat() throws {
        #expect(try ValueFormat(parsing: " d").text(3, own: .fixed) == "3")
        #expect(try ValueFormat(parsing: " .1%").text(0.9531, own: .fixed) == "95.3%")
        #expect(try ValueFormat(parsing: " ,d").text(60_000, own: .fixed) == "60,000")
    }

    @Test(arguments: [",d 3 runs", " a|b|c", " epoch|", ".1% 5"])
    func refusesANounItCannotRead(spec: String) {
        #expect(throws: ValueFormat.Invalid.self) { try ValueFormat(parsing: spec) }
    }

    @Test func pValuesFollowTheirDecimals() {
        #expect(NumberText.pValue(0.5) == "0.5000")
        #expect(NumberText.pValue(0.000_09) == "< 0.0001")
        #expect(NumberText.pValue(0.0009, decimals: 3) == "< 0.001")
    }
}

/// Sizes read in powers of 1,000 with three significant figures or so.
@Suite struct ByteSizeTests {
    @Test(arguments: [(0, "0 bytes"), (999, "999 bytes"), (1_000, "1.00 kB"), (4_210, "4.21 kB"), (31_600_000, "31.6 MB"),
                      (1_080_000_000, "1.08 GB"), (5_000_000_000_000_000, "5000.0 TB")])
    func sizes(count: Int, expected: String) {
        #expect(NumberText.bytes(count) == expected)
    }
}
