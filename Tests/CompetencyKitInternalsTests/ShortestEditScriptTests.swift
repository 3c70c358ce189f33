import CompetencyKitInternals
import Testing

/// The edit script on its own: what it keeps, deletes and inserts, and the step limit.
@Suite struct ShortestEditScriptTests {
    typealias Edit = ShortestEditScript.Edit

    static func edits(_ a: [Int], _ b: [Int], stepLimit: Int = 1_000_000) -> [Edit]? {
        ShortestEditScript.edits(from: a, to: b, stepLimit: stepLimit)
    }

    @Test func emptyAndEqualSequences() {
        #expect(Self.edits([], []) == [])
        #expect(Self.edits([1, 2], []) == [.delete, .delete])
        #expect(Self.edits([], [1, 2]) == [.insert, .insert])
        #expect(Self.edits([1, 2, 3], [1, 2, 3]) == [.keep, .keep, .keep])
    }

    @Test func replacementsDeleteBeforeInserting() {
        #expect(Self.edits([1, 2, 3], [1, 4, 3]) == [.keep, .delete, .insert, .keep])
        #expect(Self.edits([1], [2]) == [.delete, .insert])
    }

    @Test("of equally short scripts, the one that keeps and deletes earliest")
    func tiesGoToTheEarliestKeepsAndDeletions() {
        // Keep the first 1 rather than the second.
        #expect(Self.edits([1, 1], [1]) == [.keep, .delete])
        // Delete the first 2 and keep the second, rather than insert a 1 before the first.
        #expect(Self.edits([2, 3, 2], [1, 2]) == [.delete, .delete, .insert, .keep])
        #expect(Self.edits([2, 1], [1, 2]) == [.delete, .keep, .insert])
    }

    @Test func theStepLimitStopsTheSearch() {
        // A shared start needs no search, so no steps.
        #expect(Self.edits([1, 2], [1, 2, 3], stepLimit: 0) == [.keep, .keep, .insert])
        #expect(Self.edits([1, 2, 3], [4, 2, 3], stepLimit: 0) == nil)
        #expect(Self.edits([1, 2, 3], [4, 2, 3], stepLimit: 100) == [.delete, .insert, .keep, .keep])
        // Two sequences of 500 different symbols take hundreds of thousands of steps.
        let a = Array(0..<500)
        let b = Array(500..<1000)
        #expect(Self.edits(a, b, stepLimit: 10_000) == nil)
        #expect(Self.edits(a, b, stepLimit: 1_000_000)?.cost == 1000)
    }
}
