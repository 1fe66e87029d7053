// A re-engineered process in one picture: the studio's own diagram (lanes by role), with the
// simulated constraint outlined on it and named above it.
import QtQuick

PageFrame {
    id: page

    required property var page

    kicker: page.page.strategy !== "" ? qsTr("Process · %1").arg(page.page.strategy) : qsTr("Process")
    heading: page.page.title

    Rectangle {
        id: banner
        width: page.bodyWidth
        height: visible ? constraintText.height + 24 * page.u : 0
        visible: page.page.constraint !== ""
        color: page.theme.warning
        radius: 8 * page.u
        Text {
            id: constraintText
            x: 20 * page.u
            y: 12 * page.u
            width: parent.width - 40 * page.u
            text: page.page.constraint
            color: page.theme.warningText
            font.pixelSize: 26 * page.u
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
    Rectangle {
        anchors.top: banner.bottom
        anchors.topMargin: banner.visible ? 20 * page.u : 0
        anchors.bottom: parent.bottom
        width: page.bodyWidth
        color: "#ffffff" // the diagram is painted on paper, in the light and the dark review alike
        radius: 8 * page.u
        Image {
            anchors.fill: parent
            anchors.margins: 12 * page.u
            asynchronous: false
            fillMode: Image.PreserveAspectFit
            smooth: true
            mipmap: true
            source: "image://review/process/" + page.page.process + "?" + page.revision
        }
    }
}
