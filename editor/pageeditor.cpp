// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/pageeditor.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"

namespace oi::editor {

PageEditor::PageEditor(QWidget *page, Spec spec, QObject *parent)
    : Editor(parent)
    , mSpec(std::move(spec))
{
    setWidget(page);
}

void PageEditor::reveal(const EntityRef &ref)
{
    if (shows(ref.kind))
        mSpec.reveal(ref);
}

void PageEditor::documentChanged()
{
    if (mFollowed)
        disconnect(mFollowed->selection(), nullptr, this, nullptr);
    mFollowed = document();
    mSpec.setDocument(document());
    if (mFollowed)
        connect(mFollowed->selection(), &Selection::changed, this, &PageEditor::followSelection);
}

void PageEditor::followSelection()
{
    for (const EntityRef &ref : document()->selection()->entities()) {
        if (shows(ref.kind)) {
            mSpec.reveal(ref);
            return;
        }
    }
}

} // namespace oi::editor
