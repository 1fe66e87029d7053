// What the simulation says, in plain language: as-is vs to-be per process with the 95 % intervals,
// the constraint, and the advisor's best remedy with its business case per week.
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property real labelWidth: page.bodyWidth * 0.44
    readonly property real figureWidth: page.bodyWidth * 0.28
    readonly property bool advised: page.page.recommendation !== undefined

    kicker: qsTr("Simulation, before anything is bought")
    heading: page.page.title

    Column {
        id: table
        width: page.bodyWidth
        spacing: 8 * page.u
        Row {
            visible: page.page.rows.length > 0
            Item {
                width: page.labelWidth
                height: 1
            }
            Text {
                width: page.figureWidth
                text: page.page.asIsName
                color: page.theme.muted
                font.pixelSize: 24 * page.u
                font.bold: true
            }
            Text {
                width: page.figureWidth
                text: page.page.toBeName
                color: page.theme.toBe
                font.pixelSize: 24 * page.u
                font.bold: true
            }
        }
        Repeater {
            model: page.page.rows
            delegate: Row {
                id: row
                required property var modelData
                Text {
                    width: page.labelWidth - 20 * page.u
                    text: row.modelData.label
                    color: page.theme.text
                    font.pixelSize: 26 * page.u
                    elide: Text.ElideRight
                }
                Text {
                    x: page.labelWidth
                    width: page.figureWidth
                    text: row.modelData.asIs
                    color: page.theme.text
                    font.pixelSize: 26 * page.u
                }
                Text {
                    width: page.figureWidth
                    text: row.modelData.toBe + (row.modelData.better ? "  ▼" : "")
                    color: row.modelData.better ? page.theme.toBe : page.theme.text
                    font.pixelSize: 26 * page.u
                    font.bold: true
                }
            }
        }
        Text {
            width: parent.width
            text: page.page.note
            color: page.theme.muted
            font.pixelSize: 20 * page.u
            wrapMode: Text.WordWrap
        }
    }

    Text {
        id: constraint
        anchors.top: table.bottom
        anchors.topMargin: 28 * page.u
        width: page.bodyWidth
        visible: text !== ""
        text: page.page.constraint !== undefined ? page.page.constraint : ""
        color: page.theme.warning
        font.pixelSize: 26 * page.u
        font.bold: true
        wrapMode: Text.WordWrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }

    Rectangle {
        anchors.top: constraint.bottom
        anchors.topMargin: 20 * page.u
        width: page.bodyWidth
        height: recommendation.height + caseRow.height + 56 * page.u
        visible: page.advised
        color: page.theme.surface
        border.color: page.theme.border
        border.width: Math.max(1, page.u)
        radius: 8 * page.u
        Text {
            id: recommendation
            x: 24 * page.u
            y: 20 * page.u
            width: parent.width - 48 * page.u
            text: page.advised ? qsTr("Recommended: %1").arg(page.page.recommendation) : ""
            color: page.theme.text
            font.pixelSize: 26 * page.u
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Row {
            id: caseRow
            anchors.top: recommendation.bottom
            anchors.topMargin: 16 * page.u
            x: 24 * page.u
            spacing: 64 * page.u
            Repeater {
                model: page.advised ? [{
                        "label": qsTr("Staff cost a week"),
                        "value": page.page.cost
                    }, {
                        "label": qsTr("Customers and value saved a week"),
                        "value": page.page.value
                    }, {
                        "label": qsTr("Net gain a week"),
                        "value": page.page.net
                    }] : []
                delegate: Column {
                    id: figure
                    required property var modelData
                    Text {
                        text: figure.modelData.label
                        color: page.theme.muted
                        font.pixelSize: 20 * page.u
                    }
                    Text {
                        text: figure.modelData.value
                        color: page.theme.text
                        font.pixelSize: 36 * page.u
                        font.bold: true
                    }
                }
            }
        }
    }
}
