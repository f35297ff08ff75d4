import DigitbookCommands

await Digitbook.runFromCommandLine()
