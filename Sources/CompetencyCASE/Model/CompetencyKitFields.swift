import CompetencyFramework

// The fields of each `extensions.competencyKit` object (docs/exports.md, "Extensions"). Every
// field is optional when read: a package edited elsewhere may have lost any of them.

extension CFDocument {
    /// What the kit keeps about the framework beyond the `CFDocument`'s own fields.
    public struct CompetencyKitFields: Codable, Hashable, Sendable {
        /// The version of these extensions; `1`.
        public var formatVersion: Int?
        /// The framework's id (lower-kebab-case).
        public var id: String?
        /// The framework's symbol.
        public var symbol: String?
        /// The framework's date, `YYYY-MM-DD`.
        public var date: String?
        /// The framework's epigraph.
        public var epigraph: String?
        /// The framework's notes, one paragraph each (the `CFDocument`'s `notes` joins them).
        public var notes: [String]?
        /// The framework's licence as written (CASE has only a `CFLicense` link).
        public var licence: String?
        /// The framework's source as written, URL or not.
        public var source: String?
        /// The stem every descriptor continues.
        public var stem: String?

        /// Creates the fields.
        public init(
            formatVersion: Int? = nil, id: String? = nil, symbol: String? = nil, date: String? = nil,
            epigraph: String? = nil, notes: [String]? = nil, licence: String? = nil, source: String? = nil,
            stem: String? = nil
        ) {
            self.formatVersion = formatVersion
            self.id = id
            self.symbol = symbol
            self.date = date
            self.epigraph = epigraph
            self.notes = notes
            self.licence = licence
            self.source = source
            self.stem = stem
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion, id, symbol, date, epigraph, notes, licence, source, stem
        }

        /// Reads the fields, taking a member of the wrong type as missing.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            formatVersion = container.lenientInteger(forKey: .formatVersion)
            id = container.lenientString(forKey: .id)
            symbol = container.lenientString(forKey: .symbol)
            date = container.lenientString(forKey: .date)
            epigraph = container.lenientString(forKey: .epigraph)
            notes = container.lenientArray(of: String.self, forKey: .notes)
            licence = container.lenientString(forKey: .licence)
            source = container.lenientString(forKey: .source)
            stem = container.lenientString(forKey: .stem)
        }
    }
}

extension CFItem {
    /// What the kit keeps about a domain, subdomain or component beyond the `CFItem`'s own
    /// fields.
    public struct CompetencyKitFields: Codable, Hashable, Sendable {
        /// Which tier of the framework the item is.
        public var kind: Kind?
        /// The element's symbol.
        public var symbol: String?
        /// A domain's or subdomain's description, kept apart from its notes.
        public var description: String?
        /// The element's editorial notes, kept apart from its description.
        public var notes: String?

        /// The tiers of a framework: the model's own kinds of node.
        public typealias Kind = FrameworkNode.Kind

        /// Creates the fields.
        public init(kind: Kind? = nil, symbol: String? = nil, description: String? = nil, notes: String? = nil) {
            self.kind = kind
            self.symbol = symbol
            self.description = description
            self.notes = notes
        }

        enum CodingKeys: String, CodingKey {
            case kind, symbol, description, notes
        }

        /// Reads the fields, taking a member of the wrong type (or an unknown kind) as missing.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = container.lenient(Kind.self, forKey: .kind)
            symbol = container.lenientString(forKey: .symbol)
            description = container.lenientString(forKey: .description)
            notes = container.lenientString(forKey: .notes)
        }
    }
}

extension CFRubric {
    /// What the kit keeps about the levels beyond the rubric's criterion levels.
    public struct CompetencyKitFields: Codable, Hashable, Sendable {
        /// The framework's levels, in order.
        public var levels: [Level]

        /// One proficiency level, whole.
        public struct Level: Codable, Hashable, Sendable {
            /// The level's id (lower-kebab-case).
            public var id: String?
            /// The level's name (each criterion level's `quality`).
            public var name: String?
            /// The level's summary.
            public var summary: String?
            /// What a practitioner at this level typically shows.
            public var indicators: [String]?
            /// The level's symbol.
            public var symbol: String?

            /// The fields of `level`, leaving out an empty list of indicators.
            public init(_ level: ProficiencyLevel) {
                id = level.id
                name = level.name
                summary = level.summary
                indicators = level.indicators.isEmpty ? nil : level.indicators
                symbol = level.symbol
            }

            enum CodingKeys: String, CodingKey {
                case id, name, summary, indicators, symbol
            }

            /// Reads a level, taking a member of the wrong type as missing.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = container.lenientString(forKey: .id)
                name = container.lenientString(forKey: .name)
                summary = container.lenientString(forKey: .summary)
                indicators = container.lenientArray(of: String.self, forKey: .indicators)
                symbol = container.lenientString(forKey: .symbol)
            }
        }

        /// Creates the fields.
        public init(levels: [Level] = []) {
            self.levels = levels
        }

        enum CodingKeys: String, CodingKey {
            case levels
        }

        /// Reads the fields, leaving out levels that are not objects.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            levels = container.lenientArray(of: Level.self, forKey: .levels) ?? []
        }
    }
}

extension CFRubricCriterionLevel {
    /// What the kit keeps about a component's descriptor at one level.
    public struct CompetencyKitFields: Codable, Hashable, Sendable {
        /// The id of the level (the `quality` is its name, which need not be unique).
        public var level: String?

        /// Creates the fields.
        public init(level: String? = nil) {
            self.level = level
        }

        enum CodingKeys: String, CodingKey {
            case level
        }

        /// Reads the fields, taking a member of the wrong type as missing.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            level = container.lenientString(forKey: .level)
        }
    }
}
