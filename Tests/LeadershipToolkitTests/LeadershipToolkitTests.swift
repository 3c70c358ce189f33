import CompetencyTestSupport
import Foundation
import LeadershipToolkit
import Testing

/// The bundled Leadership Toolkit against its source: counts from the Toolkit Smart Card, and
/// descriptors checked word for word, chosen across every domain and every kind of repair
/// recorded in `Frameworks/LeadershipToolkit/LeadershipToolkit.source-notes.md`.
@Suite struct LeadershipToolkitTests {
    let framework = LeadershipToolkit.framework

    @Test func metadata() {
        let metadata = framework.metadata
        #expect(metadata.title == "Leadership Toolkit")
        #expect(metadata.publisher == "Community Academies Trust, Institute of Education")
        #expect(metadata.stem == "A leader will")
        #expect(metadata.epigraph == "All members of our staff community see themselves as learners.")
        #expect(
            metadata.description?.contains(
                "It should be used as a self-reflection tool to provide a starting point for Growing Great People goal setting."
            ) == true)
        #expect(
            metadata.notes == [
                "Where in this document the term 'Support staff' is used, it is inclusive of teaching assistants and other classroom practitioners."
            ])
    }

    @Test func levels() {
        #expect(framework.levels.map(\.name) == ["Some impact", "High impact", "Highest impact"])
        #expect(framework.levels.allSatisfy { $0.indicators.count == 4 })
        #expect(framework.levels.allSatisfy { $0.summary?.hasPrefix("Leaders at this level will ") == true })
        #expect(LeadershipToolkit.Level.allCases.map(\.id) == ["some-impact", "high-impact", "highest-impact"])
    }

    @Test func countsMatchTheSmartCard() {
        #expect(
            framework.domains.map(\.title) == [
                "Professional Knowledge and Understanding", "Shaping and Nurturing the Culture",
                "Delivering Continuous Improvement", "Leading People",
            ])
        #expect(framework.domains.allSatisfy { $0.description?.isEmpty == false })
        let perSubdomain = framework.subdomains.map { "\($0.code)=\($0.components.count)" }
        #expect(
            perSubdomain == [
                "1a=4", "1b=3", "1c=5", "1d=8", "1e=3", "2a=5", "2b=5", "3a=4", "3b=7", "3c=4", "3d=4",
                "4a=4", "4b=4", "4c=3", "4d=3", "4e=4",
            ])
        #expect(framework.components.count == 70)
        let entries = framework.components.flatMap(\.descriptors)
        #expect(entries.count == 210)
        #expect(entries.filter { $0.descriptor.text != nil }.count == 204)
        let gaps = framework.components.flatMap { component in component.gaps.map { "\(component.code)@\($0.level)" } }
        #expect(
            gaps == [
                "1d.i@high-impact", "1d.ii@high-impact", "1d.iii@high-impact", "1d.iv@high-impact", "1d.v@high-impact",
                "1d.vi@high-impact",
            ])
        #expect(LeadershipToolkit.Component.allCases.count == 70)
        #expect(LeadershipToolkit.Component.allCases.map(\.code) == framework.components.map(\.code))
    }

    static let verbatim: [(String, LeadershipToolkit.Level, String)] = [
        (
            "1a.i", .someImpact,
            #"ensure the safety and well-being of pupils and colleagues, demonstrating an awareness of the laws and guidance on safeguarding and health and safety. They will share information and support child protection efforts. A leader will understand alternative provision. They will manage systems for admissions, exclusions and appeals, ensuring all processes comply with legal requirements."#
        ),
        (
            "1b.i", .highImpact,
            #"understand the importance of clear expectations and high standards to build on the shared values that will enhance the school's culture, empowering colleagues to positively influence pupils' attendance and behaviour. They will model practices that align with the culture, including managing bullying, ensuring every member of the school community contributes to its success."#
        ),
        (
            "1b.ii", .highestImpact,
            #"build and sustain an inclusive, consistent and coherent approach to pupil behaviour and attitudes through comprehensive systems. They will ensure all colleagues are trained and confident in implementing a proactive approach and use evidence-based behaviour management. A leader will use power to drive change, set direction and ensure accountability, and harness love to inspire, support and nurture growth."#
        ),
        (
            "1c.v", .someImpact,
            #"with support, encourage colleagues to adapt lessons for pupils with SEND, retaining high expectations. They will encourage teachers to work with specialists to choose the best resources and activities."#
        ),
        (
            "1d.i", .someImpact,
            #"implement an inclusive curriculum that clearly defines the knowledge, skills and values to be taught. They will ensure that subjects are designed to master foundational concepts before progressing, while integrating reading, writing and oracy. A leader will be developing strong subject leadership and are connected to the Trust's Professional Networks."#
        ),
        (
            "1d.i", .highestImpact,
            #"drive an ambitious, broad and inclusive curriculum that clearly defines the knowledge, skill and values to be taught. They will ensure that subjects are distinct disciplines, maintaining pupils' mastery of foundational concepts before progressing, while integrating reading, writing and oracy, securing the way for future learning. A leader will exemplify strong curricular leadership, with expert subject leaders connected to the Trust's Professional Networks, which is essential for ensuring effective teaching and pupil success."#
        ),
        (
            "1d.vii", .highImpact,
            #"ensure that teachers and support staff systematically check understanding, identifying and addressing gaps or misconceptions. They will ensure teachers and support staff review and respond in the moment to meet needs: the information received will inform next steps in learning whether by reteaching some material, tackling misconceptions or moving on to new material."#
        ),
        (
            "1d.viii", .highestImpact,
            #"maintain a rigorous assessment framework that is valid, reliable and proportionate, ensuring an accurate measure of pupils' understanding. They will ensure that all pupils make substantial and sustained progress across the curriculum, developing excellent knowledge, understanding and skills relative to their starting points. A leader will ensure that the progress of all pupils matches or exceeds that of other pupils with similar starting points nationally."#
        ),
        (
            "1e.ii", .someImpact,
            #"align some professional development priorities with broader school improvement goals, fostering shared responsibility for improving outcomes and building existing knowledge, skills and understanding. They will support colleagues to develop and improve the teaching of all pupils and narrow the attainment gap for disadvantaged pupils."#
        ),
        (
            "1e.iii", .highestImpact,
            #"maintain and enhance a culture where colleagues continuously develop expertise in their subjects, phases and domains through access to collaborative working. They will review, adapt and proactively encourage participation in expert-led discussions on classroom practice, innovation and targeted interventions. A leader will ensure that professional collaboration is meaningful and relevant to all colleagues, fostering a shared commitment to ongoing improvement."#
        ),
        (
            "2a.iii", .highImpact,
            #"actively promote a culture of excellence by consistently recognising achievements and encouraging the exchange of best practice. They will challenge complacency with an assertive yet supportive approach, motivating colleagues and pupils to push beyond their comfort zones."#
        ),
        (
            "2a.iv", .highestImpact,
            #"evaluate the growth of teams and colleagues, proactively addressing complacency or poor performance. They will foster a culture of accountability, providing data-driven feedback, both hard and soft data, with collaboration on action plans. A leader will offer tailored support, identify systemic barriers and ensure ongoing follow-up to sustain continuous improvement."#
        ),
        (
            "2a.v", .highImpact,
            #"lead by example, demonstrating integrity in their actions and decisions. They will communicate with greater clarity, ensuring their expectations and vision are well understood by colleagues and pupils. With strong self-awareness, a leader will actively seek feedback and refine their approach, confidently asking for help when needed, understanding that collaboration strengthens the school community and drives continuous improvement"#
        ),
        (
            "2b.iv", .someImpact,
            #"recognise when help is needed and proactively ask for support from colleagues demonstrating humility and openness. By asking for help, they will build trust. A leader will empower themselves and others by encouraging a collective responsibility for growth, where everyone feels safe to ask for help."#
        ),
        (
            "2b.iv", .highestImpact,
            #"feel secure in asking for help and seeking external expertise when facing complex challenges, reflecting on their practices whilst prioritising continuous learning. They will build trust by modelling openness, humility and a willingness to learn from others. By fostering an environment where seeking help is valued, a leader will create a culture of collective responsibility, empowering colleagues and teams to ask for help and take ownership of shared success."#
        ),
        (
            "2b.v", .highImpact,
            #"actively work to create a long-term sustainable culture by emphasising colleagues' wellbeing and professional learning as well as encouraging ongoing growth for both colleagues and pupils. They will promote innovation by encouraging new ideas and approaches. A leader will lead by example, recognising the value of individual input and creating a collaborative environment. They will focus on sustainability, as they make intentional efforts to ensure that personal growth and innovation are integral to the culture for the long term without impacting teacher workload."#
        ),
        (
            "3a.ii", .someImpact,
            #"consider the school's context in line with research evidence and give some thought to engaging colleagues to connect the evidence with practice."#
        ),
        (
            "3b.vii", .highestImpact,
            #"embed high-quality professional development as an ongoing process, ensuring sustained support throughout implementation. They will design training around evidence-based mechanisms, from EEF's Effective Professional Development report, enabling meaningful and lasting change in colleagues' practice. A leader will actively monitor and refine professional development efforts, ensuring alignment with implementation goals and colleagues' needs."#
        ),
        (
            "3c.i", .someImpact,
            #"provide support, set clear expectations and reduce administrative burdens to help colleagues manage the initial implementation. They will offer time for collaboration and planning and colleagues' wellbeing is regularly checked, with immediate solutions to challenges."#
        ),
        (
            "3d.ii", .someImpact,
            #"assess the effectiveness of the approach by reviewing some evidence and considering how well the pupils' needs have been addressed. They will also review the suitability of the approach for the current context and evaluate any new barriers to implementation."#
        ),
        (
            "3d.iv", .highestImpact,
            #"ensure that both successes and challenges are used to inform and shape strategies and plans at a systemic level, extending beyond the Trust. They will integrate lessons learned into decisions, collaborate with external networks, seek external validation and contribute to broader educational improvements, influencing practices beyond the Trust."#
        ),
        (
            "4a.iii", .highImpact,
            #"communicate effectively with colleagues and groups, acting as a positive role model. They will confidentially engage in open, accurate and straightforward communication, using both verbal and non-verbal language appropriately. A leader will advocate for others by fostering a climate of effective communication within and beyond the school."#
        ),
        (
            "4d.iii", .someImpact,
            #"promote the sharing of information and resources by creating an environment that encourages open communication and collaboration where views are shared with integrity. They will encourage engagement with professional networks to facilitate the exchange of ideas and best practices, effectively building stronger relationships."#
        ),
        (
            "4e.iv", .highestImpact,
            #"analyse and evaluate a wide range of information to consistently acknowledge and celebrate effective performance to motivate and inspire others. They will identify areas where performance can be improved and take proactive steps to address them. Through provision of additional training, coaching, resources or support and by balancing celebration with constructive action, a leader will create a positive and dynamic environment where everyone is encouraged to continuously improve and excel."#
        ),
    ]

    @Test func descriptorsAreVerbatim() throws {
        for (code, level, expected) in Self.verbatim {
            let component = try #require(LeadershipToolkit.Component(code: code), "no component \(code)")
            #expect(component.descriptor(at: level) == .text(expected), "\(code) at \(level.name)")
        }
    }

    @Test func typedAccessInOneLine() {
        let descriptor = LeadershipToolkit.ShapingAndNurturingTheCulture.DriveToAchievePurpose
            .evaluatePerformanceAndSharingExcellence.descriptor(at: .highImpact)
        #expect(descriptor.text?.hasPrefix("actively promote a culture of excellence") == true)
    }

    @Test func everyDescriptorIsCleanAndUnique() {
        var seen: Set<String> = []
        let levelNames = framework.levels.map(\.name)
        for component in framework.components {
            for entry in component.descriptors {
                guard let text = entry.descriptor.text else { continue }
                #expect(!text.isEmpty)
                #expect(seen.insert(text).inserted, "\(component.code) repeats another descriptor")
                #expect(!text.contains("<") && !text.contains(">"), "\(component.code): HTML")
                #expect(!text.contains("•") && !text.contains("**"), "\(component.code): bullet or markup")
                #expect(!text.hasPrefix("A leader will"), "\(component.code): stem at the start")
                #expect(!levelNames.contains { text.contains($0) }, "\(component.code): a level name")
                #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines) && !text.contains("  "))
            }
        }
    }

    /// The compiled-in framework is the framework file, exactly: the build plugin's output
    /// read back through the loader the CLI uses.
    @Test func compiledFrameworkEqualsTheFrameworkFile() throws {
        let file = try FrameworkYAML.load(
            String(contentsOf: Repository.toolkit, encoding: .utf8), path: "LeadershipToolkit.framework.yaml")
        #expect(framework == file)
    }

    @Test func titlesDifferingFromTheTablesAreRecorded() {
        let noted = framework.components.filter { $0.notes?.hasPrefix("Table title:") == true }.map(\.code)
        #expect(noted == ["2b.iii", "3a.i", "3a.ii", "3a.iii", "3b.vii"])
    }
}
