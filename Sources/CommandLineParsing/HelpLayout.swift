/// How help text is laid out: a tool's own terminal layout (width, colour), or
/// ``PlainHelpLayout``.
///
/// ``CommandHelp`` decides what help says and in what order; a layout only wraps and styles.
package protocol HelpLayout {
    /// The column count lines are wrapped to.
    var width: Int { get }
    /// A heading such as `OPTIONS:`, styled, without a newline.
    func heading(_ text: String) -> String
    /// `text` wrapped to the width, ending in a newline.
    func wrappedParagraph(_ text: String) -> String
    /// `label` after `leading` spaces, padded to `column`, then `text` wrapped so that later
    /// lines start at `column`; ending in a newline. A label too wide for its column gets a
    /// line of its own. `isComment` marks an example's comment, which a terminal dims.
    func row(_ label: String, column: Int, _ text: String, leading: Int, isComment: Bool) -> String
    /// An example's comment wrapped with every line indented by `indent`, ending in a newline.
    func indentedComment(_ text: String, by indent: Int) -> String
}
