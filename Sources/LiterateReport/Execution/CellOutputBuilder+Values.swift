import ClassifierMetrics
import Runs

extension CellOutputBuilder {
    /// Records what every run cell (train, model, predictions) can be asked for: `accuracy` on the test set with its
    /// 95% Wilson interval, and `test_images`.
    func testValues(correct: Int, of total: Int) {
        let interval = AgreementStatistics.wilsonInterval(successes: correct, trials: total)
        value("accuracy", ReportValue(.proportion, Double(correct) / Double(max(1, total)), interval: (interval.lower, interval.upper)))
        value("test_images", ReportValue(.count, Double(total)))
    }

    /// Records each epoch's `epoch.N.loss`, `epoch.N.train_accuracy`, `epoch.N.val_loss` and `epoch.N.val_accuracy`
    /// (N from 1), and the last epoch's as `loss`, `train_accuracy`, `val_loss` and `val_accuracy`.
    func historyValues(_ history: [EpochRecord]) {
        for (index, epoch) in history.enumerated() {
            let prefixes = ["epoch.\(index + 1)."] + (index == history.count - 1 ? [""] : [])
            for prefix in prefixes {
                value(prefix + "loss", ReportValue(.number, epoch.loss))
                value(prefix + "train_accuracy", ReportValue(.proportion, epoch.accuracy))
                if let loss = epoch.valLoss { value(prefix + "val_loss", ReportValue(.number, loss)) }
                if let accuracy = epoch.valAccuracy { value(prefix + "val_accuracy", ReportValue(.proportion, accuracy)) }
            }
        }
        value("epochs", ReportValue(.count, Double(history.count)))
    }
}
