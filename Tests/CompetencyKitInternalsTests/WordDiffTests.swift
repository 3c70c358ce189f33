import CompetencyKitInternals
import Testing

/// What `competency compare` shows between two descriptors: words, runs, folding, counts and
/// the step limit.
@Suite struct WordDiffTests {
    typealias Run = WordDiff.Run

    static func same(_ text: String) -> Run { Run(change: .same, text: text) }
    static func added(_ text: String) -> Run { Run(change: .added, text: text) }
    static func removed(_ text: String) -> Run { Run(change: .removed, text: text) }

    @Test func emptyTexts() {
        #expect(WordDiff.diff(from: "", to: "") == [])
        #expect(WordDiff.diff(from: " \n\t", to: "  ") == [])
        #expect(WordDiff.diff(from: "", to: "lead the team") == [Self.added("lead the team")])
        #expect(WordDiff.diff(from: "lead the team", to: "") == [Self.removed("lead the team")])
    }

    @Test func equalTextsAreOneSharedRunWithSingleSpaces() {
        #expect(WordDiff.diff(from: "lead  the\n\tteam", to: "lead the team ") == [Self.same("lead the team")])
    }

    @Test func entirelyDifferentTexts() {
        #expect(
            WordDiff.diff(from: "plan lessons carefully", to: "inspire every pupil")
                == [Self.removed("plan lessons carefully"), Self.added("inspire every pupil")])
    }

    @Test func wordsAddedAndRemovedAtEitherEnd() {
        #expect(WordDiff.diff(from: "the team", to: "lead the team") == [Self.added("lead"), Self.same("the team")])
        #expect(WordDiff.diff(from: "lead the", to: "lead the team") == [Self.same("lead the"), Self.added("team")])
        #expect(WordDiff.diff(from: "lead the team", to: "the team") == [Self.removed("lead"), Self.same("the team")])
        #expect(WordDiff.diff(from: "lead the team", to: "lead the") == [Self.same("lead the"), Self.removed("team")])
    }

    @Test func replacedWordsAreRemovedThenAdded() {
        #expect(
            WordDiff.diff(from: "begin to lead the team", to: "lead the whole team")
                == [
                    Self.removed("begin to"), Self.same("lead the"), Self.added("whole"), Self.same("team"),
                ])
    }

    @Test func punctuationBelongsToItsWord() {
        #expect(
            WordDiff.diff(from: "lead the team.", to: "lead the team, then")
                == [Self.same("lead the"), Self.removed("team."), Self.added("team, then")])
        #expect(WordDiff.diff(from: "(pupils)", to: "pupils") == [Self.removed("(pupils)"), Self.added("pupils")])
    }

    @Test("every kind of whitespace separates words: tabs, line breaks, no-break and wide spaces")
    func whitespaceSeparatesWords() {
        #expect(WordDiff.words("a\tb\nc\r\nd\u{A0}e\u{3000}f\u{2028}g") == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(WordDiff.diff(from: "lead\u{A0}the\u{2003}team", to: "lead the team") == [Self.same("lead the team")])
    }

    @Test("words equal as Swift strings are shared, and shown as the old text has them")
    func canonicallyEquivalentWordsAreShared() {
        let composed = "caf\u{E9} culture"
        let decomposed = "cafe\u{301} culture"
        let runs = WordDiff.diff(from: composed, to: decomposed)
        #expect(runs == [Self.same(composed)])
        #expect(runs.first.map { Array($0.text.unicodeScalars) } == Array(composed.unicodeScalars))
        // Different letters are not: a dotless ı is not an i.
        #expect(WordDiff.diff(from: "lint", to: "l\u{131}nt") == [Self.removed("lint"), Self.added("l\u{131}nt")])
    }

    @Test("whitespace is found scalar by scalar, so a run splits back into its words (FuzzWordDiff, 5 s)")
    func aCombiningMarkAfterWhitespace() {
        // A mark after a space makes one `Character` of both, which is not whitespace; the
        // mark starts the next word, as it does after a tab.
        #expect(WordDiff.words("lead \u{301}well") == ["lead", "\u{301}well"])
        #expect(WordDiff.words("lead\t\u{301} well") == ["lead", "\u{301}", "well"])
        // Joined by a space in a run, such a word is still a word of its own.
        let new = "lead\t\u{301} well"
        let runs = WordDiff.diff(from: "", to: new)
        #expect(runs == [Self.added("lead \u{301} well")])
        #expect(runs.newWords == WordDiff.words(new))
        #expect(WordDiff.counts(runs) == (added: 3, removed: 0))
    }

    @Test func wordsInAnyScript() {
        #expect(
            WordDiff.diff(from: "学生 读 书 👩🏽‍🏫", to: "学生 写 书 👩🏽‍🏫")
                == [Self.same("学生"), Self.removed("读"), Self.added("写"), Self.same("书 👩🏽‍🏫")])
        #expect(
            WordDiff.diff(from: "مرحبا بالعالم", to: "مرحبا بكم")
                == [Self.same("مرحبا"), Self.removed("بالعالم"), Self.added("بكم")])
        // Without spaces, Chinese text is one word.
        #expect(WordDiff.diff(from: "学生读书", to: "学生写书") == [Self.removed("学生读书"), Self.added("学生写书")])
    }

    @Test("a word or two that two larger changes share is folded into them")
    func sharedWordsBetweenLargerChangesAreFolded() {
        let old = "plan lessons with care and mark work promptly"
        let new = "inspire every pupil and model reading aloud"
        #expect(WordDiff.diff(from: old, to: new) == [Self.removed(old), Self.added(new)])
        // Beside changes of a word each, the shared word stays.
        #expect(
            WordDiff.diff(from: "plan and mark", to: "teach and assess")
                == [
                    Self.removed("plan"), Self.added("teach"), Self.same("and"), Self.removed("mark"),
                    Self.added("assess"),
                ])
        // Three shared words are never folded.
        #expect(
            WordDiff.diff(from: "a b c with the team d e f", to: "x y z with the team u v w")
                == [
                    Self.removed("a b c"), Self.added("x y z"), Self.same("with the team"), Self.removed("d e f"),
                    Self.added("u v w"),
                ])
    }

    @Test func countsAreWordsAddedAndRemoved() {
        let runs = WordDiff.diff(from: "begin to lead the team", to: "lead the whole team well")
        #expect(WordDiff.counts(runs) == (added: 2, removed: 2))
        #expect(WordDiff.counts([]) == (added: 0, removed: 0))
    }

    @Test("past the step limit, the shared start and end are kept and the rest is replaced")
    func pastTheStepLimitTheDiffIsCoarse() {
        let old = "a leader will plan the lessons and mark the work of the team"
        let new = "a leader will plan lessons and assess the work of every team"
        let exact = WordDiff.script(from: WordDiff.words(old), to: WordDiff.words(new))
        #expect(exact.isMinimal)
        #expect(exact.edits.cost == 5)
        let coarse = WordDiff.script(from: WordDiff.words(old), to: WordDiff.words(new), stepLimit: 10)
        #expect(!coarse.isMinimal)
        #expect(
            WordDiff.diff(from: old, to: new, stepLimit: 10)
                == [
                    Self.same("a leader will plan"), Self.removed("the lessons and mark the work of the"),
                    Self.added("lessons and assess the work of every"), Self.same("team"),
                ])
    }
}
