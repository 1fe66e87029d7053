// SPDX-License-Identifier: GPL-3.0-or-later
// The do/undo/redo contract every command test checks.
#pragma once

#include "editor/document/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace oi::test {

/**
 * Pushes `command`, checks the model changed as `expect` says, undoes (model identical to
 * before), redoes (identical to after the push). Returns false on the first failed check (the
 * QCOMPARE/QVERIFY inside report where).
 */
inline bool checkDoUndoRedo(
    editor::Document &doc, QUndoCommand *command, const std::function<void(model::Project &)> &expect)
{
    const model::Project before = doc.project();
    model::Project expected = before;
    expect(expected);
    [&] { QVERIFY(!(expected == before)); }();
    if (QTest::currentTestFailed())
        return false;
    const int count = doc.undoStack()->count();
    doc.undoStack()->push(command);
    [&] {
        QCOMPARE(doc.undoStack()->count(), count + 1);
        QVERIFY(doc.project() == expected);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.project() == expected);
    }();
    return !QTest::currentTestFailed();
}

} // namespace oi::test
