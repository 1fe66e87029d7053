// A strategy: what it promises, its goals with their targets and, once simulated, the to-be value
// of each next to its target, with a verdict.
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property real goalWidth: page.bodyWidth * 0.44
    readonly property real targetWidth: page.bodyWidth * 0.19
    readonly property real valueWidth: page.bodyWidth * 0.21
    readonly property real verdictWidth: page.bodyWidth - goalWidth - targetWidth - valueWidth

    kicker: qsTr("Strategy")
    heading: page.page.title

    Column {
        width: page.bodyWidth
        spacing: 20 * page.u

        Text {
            width: parent.width
            text: page.page.statement
            color: page.theme.text
            font.pixelSize: 32 * page.u
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: [page.page.owner, page.page.simulated].filter(s => s !== "").join("  ·  ")
            color: page.theme.muted
            font.pixelSize: 24 * page.u
            elide: Text.ElideRight
        }
        Item {
            width: 1
            height: 8 * page.u
        }
        Row {
            visible: page.page.goals.length > 0
            Text {
                width: page.goalWidth
                text: qsTr("Goal")
                color: page.theme.muted
                font.pixelSize: 22 * page.u
                font.bold: true
            }
            Text {
                width: page.targetWidth
                text: qsTr("Target")
                color: page.theme.muted
                font.pixelSize: 22 * page.u
                font.bold: true
            }
            Text {
                width: page.valueWidth
                text: qsTr("Simulated to-be")
                color: page.theme.muted
                font.pixelSize: 22 * page.u
                font.bold: true
            }
        }
        Repeater {
            model: page.page.goals
            delegate: Rectangle {
                id: goal
                required property var modelData
                width: page.bodyWidth
                height: Math.max(goalText.height, targetText.height, valueText.height) + 32 * page.u
                color: page.theme.surface
                border.color: page.theme.border
                border.width: Math.max(1, page.u)
                radius: 8 * page.u

                Text {
                    id: goalText
                    x: 20 * page.u
                    y: 16 * page.u
                    width: page.goalWidth - 40 * page.u
                    text: goal.modelData.text
                    color: page.theme.text
                    font.pixelSize: 28 * page.u
                    wrapMode: Text.WordWrap
                }
                Text {
                    id: targetText
                    x: page.goalWidth
                    y: 16 * page.u
                    width: page.targetWidth - 20 * page.u
                    text: goal.modelData.target
                    color: page.theme.text
                    font.pixelSize: 28 * page.u
                    wrapMode: Text.WordWrap
                }
                Text {
                    id: valueText
                    x: page.goalWidth + page.targetWidth
                    y: 16 * page.u
                    width: page.valueWidth - 20 * page.u
                    text: goal.modelData.value !== "" ? goal.modelData.value : qsTr("not measured")
                    color: goal.modelData.value !== "" ? page.theme.text : page.theme.muted
                    font.pixelSize: 28 * page.u
                    font.bold: goal.modelData.value !== ""
                    wrapMode: Text.WordWrap
                }
                Badge {
                    u: page.u
                    x: page.goalWidth + page.targetWidth + page.valueWidth
                    anchors.verticalCenter: parent.verticalCenter
                    visible: goal.modelData.verdict !== ""
                    text: goal.modelData.verdictText
                    color: page.theme.verdictColor(goal.modelData.verdict)
                    textColor: page.theme.dark ? page.theme.background : "#ffffff"
                }
            }
        }
        Text {
            width: parent.width
            visible: page.page.goals.length === 0
            text: qsTr("No goals yet: add them to the strategy in the studio.")
            color: page.theme.muted
            font.pixelSize: 28 * page.u
            wrapMode: Text.WordWrap
        }
    }
}
