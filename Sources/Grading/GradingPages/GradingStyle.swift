/// The rules the feedback and class pages add to the shared typography.
enum GradingStyle {
    static let css = """
        main li{margin:.35rem 0}
        @media (max-width:40rem){table{font-size:.8rem}th,td{padding:.25rem .3rem}}
        """
}
