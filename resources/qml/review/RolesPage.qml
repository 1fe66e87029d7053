// The role changes a strategy drives: each role as-is → to-be with its headcount, and the
// responsibilities it takes on (from whom) and hands over (to whom).
pragma ComponentBehavior: Bound
import QtQuick

PageFrame {
    id: page

    required property var page
    readonly property int columns: Math.max(1, page.page.roles.length)
    readonly property real columnWidth: (page.bodyWidth - (columns - 1) * 40 * page.u) / columns

    kicker: qsTr("Role changes, as-is → to-be")
    heading: page.page.title

    Row {
        spacing: 40 * page.u
        Repeater {
            model: page.page.roles
            delegate: Rectangle {
                id: role
                required property var modelData
                width: page.columnWidth
                height: page.bodyHeight
                color: page.theme.surface
                border.color: page.theme.border
                border.width: Math.max(1, page.u)
                radius: 8 * page.u

                Column {
                    x: 24 * page.u
                    y: 24 * page.u
                    width: role.width - 48 * page.u
                    spacing: 14 * page.u
                    Text {
                        width: parent.width
                        text: role.modelData.name
                        color: page.theme.text
                        font.pixelSize: 34 * page.u
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Row {
                        spacing: 16 * page.u
                        Badge {
                            u: page.u
                            text: role.modelData.change
                            color: role.modelData.changeKey === "retired" ? page.theme.pain : page.theme.accent
                            textColor: page.theme.dark ? page.theme.background : "#ffffff"
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: role.modelData.headcount
                            color: page.theme.text
                            font.pixelSize: 26 * page.u
                        }
                    }
                    Repeater {
                        model: role.modelData.gains
                        delegate: Column {
                            id: gain
                            required property var modelData
                            width: parent.width
                            Text {
                                width: parent.width
                                text: "→ " + gain.modelData.text
                                color: page.theme.toBe
                                font.pixelSize: 24 * page.u
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                leftPadding: 32 * page.u
                                text: gain.modelData.other
                                color: page.theme.muted
                                font.pixelSize: 20 * page.u
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    Repeater {
                        model: role.modelData.losses
                        delegate: Column {
                            id: loss
                            required property var modelData
                            width: parent.width
                            Text {
                                width: parent.width
                                text: "← " + loss.modelData.text
                                color: page.theme.muted
                                font.pixelSize: 24 * page.u
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                leftPadding: 32 * page.u
                                text: loss.modelData.other
                                color: page.theme.muted
                                font.pixelSize: 20 * page.u
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }
}
