// SPDX-License-Identifier: GPL-3.0-or-later
// What changed in a Document. Views switch on `type` and static_cast to the matching struct;
// structural changes come in AboutToBe.../...ed pairs so views can drop items before ids vanish.
#pragma once

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace oi::editor {

class ChangeEvent
{
public:
    enum Type {
        DocumentReset, // ChangeEvent: everything may have changed (e.g. reload)
        JourneyChanged, // JourneyChangeEvent
        JourneyAdded, // JourneyChangeEvent (properties 0)
        JourneyAboutToBeRemoved,
        JourneyRemoved,
        StagesAdded, // StageChangeEvent
        StagesAboutToBeRemoved,
        StagesRemoved,
        StagesChanged, // renamed
        StagesReordered,
        StepsAdded, // StepChangeEvent
        StepsAboutToBeRemoved,
        StepsRemoved,
        StepsMoved, // stage and/or order changed
        StepsChanged, // `properties` says which fields
    };

    explicit ChangeEvent(Type type)
        : type(type)
    {
    }
    virtual ~ChangeEvent() = default;
    ChangeEvent(const ChangeEvent &) = default;
    ChangeEvent &operator=(const ChangeEvent &) = delete;

    const Type type;
};

class JourneyChangeEvent : public ChangeEvent
{
public:
    enum Property {
        NameProperty = 1 << 0,
        PersonaProperty = 1 << 1,
        DescriptionProperty = 1 << 2,
    };
    Q_DECLARE_FLAGS(Properties, Property)

    JourneyChangeEvent(const QString &journey, Properties properties)
        : ChangeEvent(JourneyChanged)
        , journey(journey)
        , properties(properties)
    {
    }
    /** JourneyAdded, JourneyAboutToBeRemoved or JourneyRemoved. */
    JourneyChangeEvent(Type type, const QString &journey)
        : ChangeEvent(type)
        , journey(journey)
        , properties()
    {
    }

    const QString journey;
    const Properties properties;
};

class StageChangeEvent : public ChangeEvent
{
public:
    StageChangeEvent(Type type, const QString &journey, const QStringList &stages)
        : ChangeEvent(type)
        , journey(journey)
        , stages(stages)
    {
    }

    const QString journey;
    const QStringList stages;
};

class StepChangeEvent : public ChangeEvent
{
public:
    enum Property {
        TitleProperty = 1 << 0,
        CustomerActionProperty = 1 << 1,
        TouchpointProperty = 1 << 2,
        ChannelProperty = 1 << 3,
        CustomerInitiatedProperty = 1 << 4,
        EmotionProperty = 1 << 5,
        EmotionToBeProperty = 1 << 6,
        EvidenceProperty = 1 << 7,
        PainPointsProperty = 1 << 8,
        OpportunitiesProperty = 1 << 9,
        MomentOfTruthProperty = 1 << 10,
        MetricsProperty = 1 << 11,
        FrontRolesProperty = 1 << 12,
        BackRolesProperty = 1 << 13,
        ProcessesProperty = 1 << 14,
        RequirementsProperty = 1 << 15,
        AllProperties = 0xffff,
    };
    Q_DECLARE_FLAGS(Properties, Property)

    StepChangeEvent(Type type, const QString &journey, const QStringList &steps, Properties properties = AllProperties)
        : ChangeEvent(type)
        , journey(journey)
        , steps(steps)
        , properties(properties)
    {
    }

    const QString journey;
    const QStringList steps;
    const Properties properties;
};

} // namespace oi::editor

// For QSignalSpy on Document::changed: the spy keeps a copy of the base part only (type), so
// tests that need ids connect a lambda instead (tests/support/eventrecorder.h).
Q_DECLARE_METATYPE(oi::editor::ChangeEvent)
Q_DECLARE_OPERATORS_FOR_FLAGS(oi::editor::JourneyChangeEvent::Properties)
Q_DECLARE_OPERATORS_FOR_FLAGS(oi::editor::StepChangeEvent::Properties)
