// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"

#include <QObject>
#include <QStringList>

namespace oi::test {

/** Records Document::changed events as (type, ids) so tests can compare them. */
class EventRecorder : public QObject
{
public:
    struct Entry
    {
        editor::ChangeEvent::Type type;
        QStringList ids;
        int properties = 0;
    };

    explicit EventRecorder(editor::Document *doc)
    {
        connect(doc, &editor::Document::changed, this, [this](const editor::ChangeEvent &e) {
            Entry entry { e.type, {}, 0 };
            switch (e.type) {
            case editor::ChangeEvent::JourneyChanged:
            case editor::ChangeEvent::JourneyAdded:
            case editor::ChangeEvent::JourneyAboutToBeRemoved:
            case editor::ChangeEvent::JourneyRemoved: {
                const auto &je = static_cast<const editor::JourneyChangeEvent &>(e);
                entry.ids = { je.journey };
                entry.properties = int(je.properties);
                break;
            }
            case editor::ChangeEvent::StagesAdded:
            case editor::ChangeEvent::StagesAboutToBeRemoved:
            case editor::ChangeEvent::StagesRemoved:
            case editor::ChangeEvent::StagesChanged:
            case editor::ChangeEvent::StagesReordered:
                entry.ids = static_cast<const editor::StageChangeEvent &>(e).stages;
                break;
            case editor::ChangeEvent::DocumentReset: break;
            default: {
                const auto &se = static_cast<const editor::StepChangeEvent &>(e);
                entry.ids = se.steps;
                entry.properties = int(se.properties);
            }
            }
            entries.append(entry);
        });
    }

    QList<editor::ChangeEvent::Type> types() const
    {
        QList<editor::ChangeEvent::Type> result;
        for (const Entry &e : entries)
            result.append(e.type);
        return result;
    }

    QList<Entry> entries;
};

} // namespace oi::test
