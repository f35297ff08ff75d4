import Foundation

/// Reads a time in ISO 8601's internet profile (RFC 3339), strictly: `2026-12-01T23:59:00Z` or with an offset
/// (`+01:00`) and optional fractional seconds of any length. Impossible dates and offsets (`2026-02-30`, `+25:00`) are
/// refused rather than rolled over, and a fraction is never dropped: any time after a whole second compares after it.
public enum ISOTime {
    /// The time `text` names, or why it names none.
    public static func parse(_ text: String) -> Result<Date, ISOTimeError> {
        let bytes = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func at(_ index: Int, _ character: Character) -> Bool {
            index < bytes.count && Character(UnicodeScalar(bytes[index])).lowercased() == character.lowercased()
        }
        let shape = ISOTimeError("is not an ISO 8601 time with its zone, such as 2026-12-01T23:59:00Z")
        guard let year = digits(0, 4), at(4, "-"), let month = digits(5, 2), at(7, "-"), let day = digits(8, 2),
              at(10, "T") || at(10, " "), let hour = digits(11, 2), at(13, ":"), let minute = digits(14, 2), at(16, ":"),
              let second = digits(17, 2) else { return .failure(shape) }
        var index = 19
        var fraction = 0.0, fractionIsZero = true
        if at(index, ".") {
            let start = index + 1
            index = start
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            guard index > start else { return .failure(shape) }
            let fractionDigits = bytes[start..<index]
            fractionIsZero = fractionDigits.allSatisfy { $0 == 48 }
            fraction = Double("0." + String(decoding: fractionDigits.prefix(17), as: UTF8.self)) ?? 0
        }
        var offset = 0
        if at(index, "Z"), index + 1 == bytes.count {
            offset = 0
        } else if at(index, "+") || at(index, "-"), index + 6 == bytes.count, let hours = digits(index + 1, 2), at(index + 3, ":"),
                  let minutes = digits(index + 4, 2) {
            guard hours <= 23, minutes <= 59 else {
                return .failure(ISOTimeError("has the zone offset \(String(decoding: bytes[index...], as: UTF8.self)); "
                    + "offsets go from -23:59 to +23:59"))
            }
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return .failure(shape)
        }
        guard (1...12).contains(month) else { return .failure(ISOTimeError("has month \(month); months go from 01 to 12")) }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            return .failure(ISOTimeError("has day \(day) of month \(month), which has \(length) days in \(year)"))
        }
        guard hour <= 23, minute <= 59, second <= 59 else {
            return .failure(ISOTimeError("has the time of day \(hour):\(minute):\(second); the latest is 23:59:59"))
        }
        let whole = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second - offset
        let reference = Double(whole - 978_307_200)
        var interval = reference + fraction
        // A fraction too small for a Double still makes the time later than the whole second.
        if !fractionIsZero, interval <= reference { interval = reference.nextUp }
        return .success(Date(timeIntervalSinceReferenceDate: interval))
    }

    /// The days of `month` (1-12) in the proleptic Gregorian `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// Why a text is not a time `ISOTime` reads.
public struct ISOTimeError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }
}
