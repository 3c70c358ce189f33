import CompetencyFramework

extension Framework {
    /// Every text descriptor and gap reason, with the component and level they belong to.
    var allDescriptors: [(component: Component, level: String, descriptor: Descriptor)] {
        components.flatMap { component in component.descriptors.map { (component, $0.level, $0.descriptor) } }
    }
}
