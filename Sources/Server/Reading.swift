import Foundation

/// One uploaded image as one run reads it: what the JSON API returns per image and the pages show.
struct Reading: Codable, Sendable {
    /// The upload's file name as the client gave it (shown, never used as a path).
    let file: String
    /// The predicted class's name.
    let digit: String
    /// The probability of each class, in class order.
    let probabilities: [Double]
    /// The run that read it.
    let run: String
    /// The preprocessed 28x28 input as a PNG data URI.
    let preprocessed: String
    /// The uploaded image's size.
    let width: Int
    let height: Int
    /// Why the reading may be unreliable (from the preprocessing), if it may.
    let warnings: [String]
    /// The class names, for labelling `probabilities`.
    let classes: [String]
    /// The probability chart drawn by Digitbook's Charts module, as an `<svg>` element for the page (when asked for).
    var chart: String?
    /// The chart's one-sentence description, for alt text.
    var chartDescription: String?
    /// A reduced grey copy of the upload as a PNG data URI, for the result page (never in the API's answers).
    var thumbnail: String? = nil

    enum CodingKeys: String, CodingKey {
        case file, digit, probabilities, run, preprocessed, width, height, warnings, classes, chart
        case chartDescription = "chart_description"
    }

    /// The classes ranked by probability, most likely first.
    var ranked: [Int] { probabilities.indices.sorted { probabilities[$0] > probabilities[$1] } }
}
