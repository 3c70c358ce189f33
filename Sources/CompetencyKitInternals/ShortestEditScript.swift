/// The shortest edit script between two sequences of symbols: the fewest deletions and
/// insertions that turn one into the other, keeping a longest common subsequence.
///
/// This is Eugene W. Myers' algorithm ("An O(ND) Difference Algorithm and Its Variations",
/// Algorithmica 1, 1986) with its linear-space refinement: search from both ends at once until
/// the paths meet halfway through an optimal script, then solve the halves the same way. Time
/// is proportional to (n + m) · D for sequences of n and m symbols that differ by D edits (far
/// less on typical text), and memory to n + m, where a table of the longest common subsequence
/// of every pair of suffixes needs n · m.
///
/// Where several scripts are shortest, it gives the one a table of the longest common
/// subsequence of every pair of suffixes gives when read from the start: keep the next symbols
/// if they match, else delete if that stays shortest, else insert. That script has, after
/// every number of edits, deleted as many symbols as any shortest script can, so each split is
/// made on the highest diagonal where the two searches meet. Which point of that diagonal the
/// script passes is not known yet, so the first half is solved towards the whole stretch the
/// searches share there, and the second half starts where the first one ends. (The tests
/// check the result against the table on thousands of random inputs; were a split ever off
/// the table's script, it would still be on a shortest one.)
///
/// Symbols are integers so that comparing two costs one instruction; callers number their
/// elements first (equal elements, equal numbers).
package enum ShortestEditScript {
    /// One step of an edit script, read from the start of both sequences.
    package enum Edit: Hashable, Sendable {
        /// The next symbol of the first sequence is also the next of the second.
        case keep
        /// The next symbol of the first sequence is removed.
        case delete
        /// The next symbol of the second sequence is added.
        case insert
    }

    /// The edits that turn `a` into `b`, or `nil` if finding them takes more than `stepLimit`
    /// steps.
    ///
    /// A step advances the search by one edit on one diagonal or compares two symbols, so the
    /// limit bounds the time whatever the input (a shared start costs none).
    package static func edits(from a: [Int], to b: [Int], stepLimit: Int) -> [Edit]? {
        var search = Search(a: a, b: b, stepLimit: stepLimit)
        let end = Target(diagonal: a.count - b.count, xs: a.count...a.count)
        guard search.walk(from: Point(x: 0, y: 0), to: end) != nil else { return nil }
        return search.edits
    }
}

/// A point between symbols: `x` symbols of the first sequence and `y` of the second are behind.
private struct Point {
    var x: Int
    var y: Int
}

/// Where a walk has to arrive: the points of diagonal `diagonal` (x − y) with x in `xs`.
private struct Target {
    var diagonal: Int
    var xs: ClosedRange<Int>

    /// The last point, which bounds the walk.
    var end: Point { Point(x: xs.upperBound, y: xs.upperBound - diagonal) }

    func contains(_ point: Point) -> Bool {
        point.x - point.y == diagonal && xs.contains(point.x)
    }
}

/// The part of the sequences a middle search looks at: from `start` to `start + (n, m)`, and
/// how far back along the last diagonal from the end the target reaches.
private struct Rectangle {
    var start: Point
    var n: Int
    var m: Int
    var targetLength: Int
}

/// The state of one search: the edits so far, the frontiers of the search from the start and
/// from the end (reused by every split, which is what keeps memory linear) and the steps left.
private struct Search {
    let a: [Int]
    let b: [Int]
    /// For each diagonal k = x − y, the furthest x that paths of the current number of edits
    /// reach from the start (at `origin + k`) and, in the reversed sequences, from the end (at
    /// `width + origin + k`); −1 where no such path stays inside the rectangle.
    var frontiers: [Int]
    let width: Int
    let origin: Int
    var stepsLeft: Int
    var edits: [ShortestEditScript.Edit] = []

    init(a: [Int], b: [Int], stepLimit: Int) {
        self.a = a
        self.b = b
        // The paths from the two ends meet after at most (n + m + 1) / 2 edits each, on
        // diagonals −d … d.
        let reach = (a.count + b.count + 1) / 2
        origin = reach + 1
        width = 2 * reach + 3
        frontiers = [Int](repeating: -1, count: 2 * width)
        stepsLeft = stepLimit
        edits.reserveCapacity(a.count + b.count)
    }

    /// Appends the table's edits from `start` until they reach `target`, and returns where
    /// they end (on the target, at the end of its run of kept symbols); `nil` if the steps ran
    /// out. The script has the fewest edits that reach the target from `start`.
    mutating func walk(from start: Point, to target: Target) -> Point? {
        var point = keep(from: start, until: target.end)
        if target.contains(point) { return point }
        if point.x == target.end.x || point.y == target.end.y {
            // Only insertions or only deletions are left; no need to search.
            edits.append(contentsOf: repeatElement(.delete, count: target.end.x - point.x))
            edits.append(contentsOf: repeatElement(.insert, count: target.end.y - point.y))
            return target.end
        }
        // No path from here reaches a point of the target in fewer edits than the nearest one
        // it can still reach, so the search from the end starts anywhere from there on.
        let nearest = max(target.xs.lowerBound, point.x, point.y + target.diagonal)
        let rectangle = Rectangle(
            start: point, n: target.end.x - point.x, m: target.end.y - point.y,
            targetLength: target.xs.upperBound - nearest)
        guard let (editCount, middle) = split(rectangle) else { return nil }
        if editCount == 1 {
            // The one edit leaves the point's diagonal for the target's.
            if target.diagonal > point.x - point.y {
                edits.append(.delete)
                point.x += 1
            } else {
                edits.append(.insert)
                point.y += 1
            }
            return keep(from: point, until: target.end)
        }
        guard let halfway = walk(from: point, to: middle) else { return nil }
        return walk(from: halfway, to: target)
    }

    /// Appends a keep for each pair of matching symbols from `start` on, up to `end`.
    mutating func keep(from start: Point, until end: Point) -> Point {
        var point = start
        while point.x < end.x, point.y < end.y, a[point.x] == b[point.y] {
            point.x += 1
            point.y += 1
        }
        edits.append(contentsOf: repeatElement(.keep, count: point.x - start.x))
        return point
    }

    /// The number of edits from the start of `rectangle` to its target, and the points about
    /// halfway in edits where the table's script may be: the stretch of the highest diagonal
    /// where the furthest-reaching paths of d edits from both ends, d = 0, 1, …, first overlap
    /// (Myers, section 4b). `nil` if the steps ran out first.
    mutating func split(_ rectangle: Rectangle) -> (Int, Target)? {
        // The path on diagonal k from the start and the one on delta − k from the end lie on
        // the same diagonal. The number of edits has the parity of delta, so paths first
        // overlap while extending from the start (2d − 1 edits) or from the end (2d).
        let (n, m) = (rectangle.n, rectangle.m)
        let delta = n - m
        for d in 0...((n + m + 1) / 2) {
            for fromEnd in [false, true] {
                let overlaps = extend(rectangle, edits: d, fromEnd: fromEnd)
                if stepsLeft < 0 { return nil }
                guard overlaps else { continue }
                let other = fromEnd ? d : d - 1
                var k = min(d, n)
                k -= (k + d) & 1
                while k >= max(-d, -m) {
                    let x = frontiers[origin + k]
                    let fromEndX = frontiers[width + origin + delta - k]
                    if delta - k <= other, k - delta <= other, x >= 0, fromEndX >= 0, x + fromEndX >= n {
                        let start = rectangle.start
                        let stretch = Target(
                            diagonal: start.x - start.y + k, xs: (start.x + n - fromEndX)...(start.x + x))
                        return (d + other, stretch)
                    }
                    k -= 2
                }
            }
        }
        // Not reached: the paths from the two ends meet by d = (n + m + 1) / 2.
        return nil
    }

    /// Extends the paths of d − 1 edits from one end of `rectangle` by one edit and the kept
    /// symbols after it, on every diagonal; whether one of them now overlaps a path from the
    /// other end (whose paths have d − 1 edits when extending from the start, d from the end).
    mutating func extend(_ rectangle: Rectangle, edits d: Int, fromEnd: Bool) -> Bool {
        let (n, m) = (rectangle.n, rectangle.m)
        let (startX, startY) = (rectangle.start.x, rectangle.start.y)
        let (endX, endY) = (startX + n, startY + m)
        let (own, other) = fromEnd ? (width + origin, origin) : (origin, width + origin)
        let delta = n - m
        let checksOverlap = (delta & 1 == 1) != fromEnd
        let otherEdits = fromEnd ? d : d - 1
        var overlaps = false
        // Diagonals outside −m … n hold no point of the rectangle. A while loop rather than
        // `stride`, whose generic iterator would take most of the time in a debug build.
        let high = min(d, n)
        var k = max(-d, -m)
        k += (k + d) & 1
        while k <= high {
            // One more edit from diagonal k + 1 (an insertion, x unchanged) or k − 1 (a
            // deletion, x + 1), whichever stays in the rectangle and reaches further. With no
            // edit, the search from the end starts anywhere on the target.
            let above = k < d && k < n ? frontiers[own + k + 1] : -1
            let left = k > -d && k > -m ? frontiers[own + k - 1] : -1
            var x = d > 0 ? -1 : fromEnd ? rectangle.targetLength : 0
            if above >= 0, above - k <= m { x = above }
            if left >= 0, left < n, left + 1 > x { x = left + 1 }
            stepsLeft -= 1
            if x >= 0 {
                var y = x - k
                let before = x
                if fromEnd {
                    while x < n, y < m, a[endX - 1 - x] == b[endY - 1 - y] {
                        x += 1
                        y += 1
                    }
                } else {
                    while x < n, y < m, a[startX + x] == b[startY + y] {
                        x += 1
                        y += 1
                    }
                }
                stepsLeft -= x - before
                if checksOverlap, delta - k <= otherEdits, k - delta <= otherEdits,
                    frontiers[other + delta - k] >= 0, x + frontiers[other + delta - k] >= n
                {
                    overlaps = true
                }
            }
            frontiers[own + k] = x
            if stepsLeft < 0 { return false }
            k += 2
        }
        return overlaps
    }
}
