"""Writes gradescope_results.json: what Gradescope's own autograder library writes for a small suite.

Run once with `python3 -m pip install gradescope-utils` (0.5.0 made the committed file); the tests read the JSON
and need no Python. The suite has weighted tests (one passing, one losing points), visibility settings and a
leaderboard column, the features `digitbook grade` uses in its results.json.
"""
import io, json, sys, unittest
from gradescope_utils.autograder_utils.decorators import weight, visibility, leaderboard
from gradescope_utils.autograder_utils.json_test_runner import JSONTestRunner


class Rubric(unittest.TestCase):
    @weight(60)
    @visibility("visible")
    def test_accuracy(self):
        """Accuracy"""
        print("accuracy = 0.9712")

    @weight(20)
    @visibility("after_due_date")
    def test_macro_f1(self):
        """Every digit"""
        print("macro_f1 = 0.9511")
        self.fail("below the 0.98 step")

    @leaderboard("Accuracy")
    def test_board(self, set_leaderboard_value=None):
        """Leaderboard"""
        set_leaderboard_value(0.9712)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Rubric)
JSONTestRunner(stream=stream, visibility="visible").run(suite)
data = json.loads(stream.getvalue())
data.pop("execution_time", None)  # varies from run to run
json.dump(data, sys.stdout, indent=2, sort_keys=True)
print()
