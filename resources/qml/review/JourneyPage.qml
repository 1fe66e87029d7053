// The journey as the customer lives it: the emotion curve as-is vs to-be over the stages, the
// moments of truth, and the pain points that hurt most.
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property real columnWidth: (page.bodyWidth - 64 * page.u) / 2

    kicker: page.page.persona !== "" ? qsTr("Customer journey · %1").arg(page.page.persona) : qsTr("Customer journey")
    heading: page.page.title

    Row {
        id: legend
        anchors.right: parent.right
        spacing: 32 * page.u
        Repeater {
            model: [{
                    "label": qsTr("As-is"),
                    "color": page.theme.asIs
                }, {
                    "label": qsTr("To-be"),
                    "color": page.theme.toBe
                }]
            delegate: Row {
                id: entry
                required property var modelData
                spacing: 10 * page.u
                Rectangle {
                    width: 36 * page.u
                    height: 8 * page.u
                    anchors.verticalCenter: parent.verticalCenter
                    color: entry.modelData.color
                }
                Text {
                    text: entry.modelData.label
                    color: page.theme.text
                    font.pixelSize: 22 * page.u
                }
            }
        }
    }

    EmotionChart {
        id: emotion
        anchors.top: legend.bottom
        anchors.topMargin: 8 * page.u
        width: page.bodyWidth
        height: page.bodyHeight * 0.48
        stages: page.page.stages
        theme: page.theme
        u: page.u
    }

    Column {
        id: moments
        anchors.top: emotion.bottom
        anchors.topMargin: 28 * page.u
        width: page.columnWidth
        spacing: 10 * page.u
        Text {
            text: qsTr("Moments of truth")
            color: page.theme.moment
            font.pixelSize: 26 * page.u
            font.bold: true
        }
        Repeater {
            model: page.page.moments.slice(0, 5)
            delegate: Text {
                required property string modelData
                width: page.columnWidth
                text: "★ " + modelData
                color: page.theme.text
                font.pixelSize: 26 * page.u
                elide: Text.ElideRight
            }
        }
    }

    Column {
        anchors.top: emotion.bottom
        anchors.topMargin: 28 * page.u
        x: page.columnWidth + 64 * page.u
        width: page.columnWidth
        spacing: 10 * page.u
        Text {
            text: qsTr("Where it hurts most")
            color: page.theme.pain
            font.pixelSize: 26 * page.u
            font.bold: true
        }
        Repeater {
            model: page.page.pains.slice(0, 3)
            delegate: Column {
                id: pain
                required property var modelData
                width: page.columnWidth
                Text {
                    width: parent.width
                    text: pain.modelData.text
                    color: page.theme.text
                    font.pixelSize: 24 * page.u
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: [pain.modelData.step, pain.modelData.severity].filter(s => s !== "").join(" · ")
                    color: page.theme.muted
                    font.pixelSize: 20 * page.u
                    elide: Text.ElideRight
                }
            }
        }
    }
}
