// The outside-in chain on one page: each strategy → the roles it redefines → the processes that
// change → what is asked of technology.
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property real arrowWidth: 48 * page.u
    readonly property real boxWidth: (page.bodyWidth - 3 * arrowWidth) / 4
    readonly property real rowHeight: Math.min(200 * page.u,
        (page.bodyHeight - 56 * page.u) / Math.max(1, page.page.chains.length) - 16 * page.u)

    kicker: qsTr("Traceability")
    heading: page.page.title

    Row {
        id: header
        Repeater {
            model: [qsTr("Strategy"), qsTr("Roles"), qsTr("Processes"), qsTr("Technology")]
            delegate: Text {
                required property string modelData
                required property int index
                width: page.boxWidth + (index < 3 ? page.arrowWidth : 0)
                text: modelData
                color: page.theme.muted
                font.pixelSize: 22 * page.u
                font.bold: true
            }
        }
    }

    Column {
        anchors.top: header.bottom
        anchors.topMargin: 12 * page.u
        spacing: 16 * page.u
        Repeater {
            model: page.page.chains
            delegate: Row {
                id: chain
                required property var modelData
                readonly property var cells: [chain.modelData.strategy, chain.modelData.roles,
                    chain.modelData.processes, chain.modelData.requirements]
                Repeater {
                    model: chain.cells
                    delegate: Row {
                        id: cell
                        required property string modelData
                        required property int index
                        Rectangle {
                            width: page.boxWidth
                            height: page.rowHeight
                            color: cell.index === 0 ? page.theme.band : page.theme.surface
                            border.color: page.theme.border
                            border.width: Math.max(1, page.u)
                            radius: 8 * page.u
                            Text {
                                x: 16 * page.u
                                y: 12 * page.u
                                width: parent.width - 32 * page.u
                                height: parent.height - 24 * page.u
                                text: cell.modelData
                                color: cell.index === 0 ? page.theme.bandText : page.theme.text
                                font.pixelSize: (cell.index === 0 ? 24 : 22) * page.u
                                font.bold: cell.index === 0
                                wrapMode: Text.WordWrap
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                        Text {
                            width: page.arrowWidth
                            height: page.rowHeight
                            visible: cell.index < 3
                            text: "→"
                            color: page.theme.muted
                            font.pixelSize: 32 * page.u
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }
    }
}
