/// The items as a tree under the document, each in one place: built depth first from the
/// ``Hierarchy``, so a cycle (which the document cannot reach) is cut at its first item in
/// package order, which goes to the top level.
///
/// The tree is flat (children by parent), and walked without recursion, so that a chain of
/// thousands of `isChildOf` associations cannot exhaust the stack.
struct ItemTree {
    /// The items directly under the document, in order.
    let roots: [Int]
    private let childrenByItem: [Int: [Int]]

    init(_ hierarchy: Hierarchy, items: PackageItems, notes: inout ImportNotes) {
        var placed = Set<Int>()
        var childrenByItem: [Int: [Int]] = [:]
        /// Places `root` and everything under it not placed yet, depth first.
        func place(_ root: Int) {
            placed.insert(root)
            var path = [(item: root, candidates: hierarchy.sortedChildren(of: .item(root)), next: 0)]
            while let top = path.last {
                guard top.next < top.candidates.count else {
                    path.removeLast()
                    continue
                }
                let child = top.candidates[top.next]
                path[path.count - 1].next += 1
                guard !placed.contains(child) else { continue }
                placed.insert(child)
                childrenByItem[top.item, default: []].append(child)
                path.append((child, hierarchy.sortedChildren(of: .item(child)), 0))
            }
        }
        var roots: [Int] = []
        for item in hierarchy.sortedChildren(of: .document) where !placed.contains(item) {
            roots.append(item)
            place(item)
        }
        var cyclic: [Int] = []
        for item in items.items.indices where !placed.contains(item) {
            cyclic.append(item)
            roots.append(item)
            place(item)
        }
        self.roots = roots
        self.childrenByItem = childrenByItem
        if !cyclic.isEmpty {
            notes.add(
                "isChildOf associations formed a cycle; the cycle was cut and \(count(cyclic.count, "item")) placed "
                    + "at the top level: \(quotedExamples(cyclic.map(items.title))).")
        }
    }

    /// The children of `item`, in order.
    func children(of item: Int) -> [Int] {
        childrenByItem[item] ?? []
    }

    /// Every item, each before its children: the order in which items claim their codes.
    var preorder: [Int] {
        var order: [Int] = []
        var pending = Array(roots.reversed())
        while let item = pending.popLast() {
            order.append(item)
            pending.append(contentsOf: children(of: item).reversed())
        }
        return order
    }
}
