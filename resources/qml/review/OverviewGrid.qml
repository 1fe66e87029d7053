// Every page as a live thumbnail, four to a row; arrows move, Enter or a click opens one.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: grid

    required property var pages
    required property Theme theme
    property int currentIndex: 0
    property bool active: false
    property string projectName
    property int revision: 0
    readonly property int columns: 4
    readonly property real u: height / 1080
    readonly property real cellWidth: (width - 2 * 64 * u - (columns - 1) * 32 * u) / columns

    signal chosen(int index)

    color: theme.background

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 64 * grid.u
        contentHeight: tiles.height
        clip: true

        Grid {
            id: tiles
            columns: grid.columns
            spacing: 32 * grid.u
            Repeater {
                model: grid.active ? grid.pages.length : 0
                delegate: Rectangle {
                    id: tile
                    required property int index
                    width: grid.cellWidth
                    height: width * 9 / 16
                    color: grid.theme.surface
                    border.width: (tile.index === grid.currentIndex ? 6 : 1) * grid.u
                    border.color: tile.index === grid.currentIndex ? grid.theme.accent : grid.theme.border
                    clip: true
                    PageView {
                        x: tile.border.width
                        y: tile.border.width
                        width: 1920
                        height: 1080
                        scale: (tile.width - 2 * tile.border.width) / 1920
                        transformOrigin: Item.TopLeft
                        page: grid.pages[tile.index]
                        theme: grid.theme
                        number: tile.index + 1
                        count: grid.pages.length
                        projectName: grid.projectName
                        revision: grid.revision
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: grid.chosen(tile.index)
                    }
                }
            }
        }
    }
}
