// Recording a decision from the review: the verdict chosen with A, R or Q, what it is on (↑ ↓ when
// the page shows several), a note typed in, Enter to record and Esc to cancel.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: entry

    required property Theme theme
    required property real u
    property string verdict: "approve"
    property var subjects: [] // [{subject, name}]
    property int chosen: 0

    signal accepted(string subject, string verdict, string note)
    signal cancelled

    function open(verdict: string, subjects: var) {
        entry.verdict = verdict;
        entry.subjects = subjects;
        entry.chosen = 0;
        note.text = "";
        entry.visible = true;
        note.forceActiveFocus();
    }

    readonly property string verdictText: entry.verdict === "approve" ? qsTr("Approve") : entry.verdict
                                                                       === "reject" ? qsTr("Reject") : qsTr("Question")

    visible: false
    width: 1100 * u
    height: content.height + 64 * u
    radius: 12 * u
    color: theme.surface
    border.color: theme.accent
    border.width: 3 * u

    Column {
        id: content
        x: 32 * entry.u
        y: 32 * entry.u
        width: entry.width - 64 * entry.u
        spacing: 18 * entry.u

        Text {
            width: parent.width
            text: entry.subjects.length > 0 ? qsTr("%1: %2").arg(entry.verdictText).arg(
                                                  entry.subjects[entry.chosen].name) : ""
            color: entry.theme.text
            font.pixelSize: 34 * entry.u
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Rectangle {
            width: parent.width
            height: note.height + 24 * entry.u
            color: entry.theme.background
            border.color: entry.theme.border
            border.width: Math.max(1, entry.u)
            radius: 6 * entry.u
            TextInput {
                id: note
                x: 16 * entry.u
                y: 12 * entry.u
                width: parent.width - 32 * entry.u
                color: entry.theme.text
                font.pixelSize: 28 * entry.u
                wrapMode: TextInput.Wrap
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                        entry.visible = false;
                        entry.accepted(entry.subjects[entry.chosen].subject, entry.verdict, note.text);
                    } else if (event.key === Qt.Key_Escape) {
                        entry.visible = false;
                        entry.cancelled();
                    } else if (event.key === Qt.Key_Down) {
                        entry.chosen = (entry.chosen + 1) % entry.subjects.length;
                    } else if (event.key === Qt.Key_Up) {
                        entry.chosen = (entry.chosen + entry.subjects.length - 1) % entry.subjects.length;
                    } else {
                        return;
                    }
                    event.accepted = true;
                }
            }
            Text {
                x: note.x
                y: note.y
                visible: note.text === ""
                text: qsTr("A note for the record (optional)")
                color: entry.theme.muted
                font.pixelSize: 28 * entry.u
            }
        }
        Text {
            width: parent.width
            text: entry.subjects.length > 1 ? qsTr("Enter records it · Esc cancels · ↑ ↓ chooses what it is on")
                                            : qsTr("Enter records it · Esc cancels")
            color: entry.theme.muted
            font.pixelSize: 22 * entry.u
            wrapMode: Text.WordWrap
        }
    }
}
