// Step 4: what technology must support. The constraints of the work (offline in the field, …)
// stand out first; then the Must requirements under the journey step that needs them.
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property int columns: Math.min(3, Math.max(1, page.page.groups.length))
    readonly property real columnWidth: (page.bodyWidth - (columns - 1) * 40 * page.u) / columns

    kicker: qsTr("Technology supports, never drives")
    heading: page.page.title

    Column {
        id: constraints
        width: page.bodyWidth
        spacing: 12 * page.u
        Repeater {
            model: page.page.constraints
            delegate: Rectangle {
                id: constraint
                required property var modelData
                width: page.bodyWidth
                height: constraintText.height + whereText.height + 28 * page.u
                color: page.theme.warning
                radius: 8 * page.u
                Text {
                    id: constraintText
                    x: 20 * page.u
                    y: 12 * page.u
                    width: parent.width - 40 * page.u
                    text: "⚠ " + constraint.modelData.text
                    color: page.theme.warningText
                    font.pixelSize: 30 * page.u
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    id: whereText
                    anchors.top: constraintText.bottom
                    x: 20 * page.u + 38 * page.u
                    width: parent.width - 40 * page.u - 38 * page.u
                    text: constraint.modelData.where
                    color: page.theme.warningText
                    font.pixelSize: 22 * page.u
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    Grid {
        anchors.top: constraints.bottom
        anchors.topMargin: 28 * page.u
        columns: page.columns
        columnSpacing: 40 * page.u
        rowSpacing: 24 * page.u
        Repeater {
            model: page.page.groups
            delegate: Column {
                id: group
                required property var modelData
                width: page.columnWidth
                spacing: 8 * page.u
                Text {
                    width: parent.width
                    text: group.modelData.step
                    color: page.theme.accent
                    font.pixelSize: 26 * page.u
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: group.modelData.requirements
                    delegate: Text {
                        required property string modelData
                        width: group.width
                        text: "• " + modelData
                        color: page.theme.text
                        font.pixelSize: 22 * page.u
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
