// A short label on a coloured pill (a verdict, a kind of change); the fill is the text colour's
// opposite so the pair keeps its contrast.
import QtQuick

Rectangle {
    id: badge

    required property real u
    property alias text: label.text
    property color textColor: "#ffffff"

    implicitWidth: label.implicitWidth + 28 * u
    implicitHeight: label.implicitHeight + 12 * u
    radius: height / 2

    Text {
        id: label
        anchors.centerIn: parent
        color: badge.textColor
        font.pixelSize: 22 * badge.u
        font.bold: true
    }
}
