// What every page shares: a kicker naming the section, the heading, the body, and a footer with the
// project and the page number. Sizes are in units of the page height / 1080, so a screen and the
// print-resolution deck are the same picture.
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: frame

    required property Theme theme
    required property real u
    property string kicker
    property string heading
    property string footer
    property int revision: 0 // the model's; pictures reload when it changes
    property var decisions: [] // the latest decisions on what this page shows, as sentences
    default property alias content: body.data
    readonly property real bodyWidth: body.width
    readonly property real bodyHeight: body.height

    color: theme.background

    Text {
        id: kickerText
        x: 96 * frame.u
        y: 56 * frame.u
        width: frame.width - 192 * frame.u
        text: frame.kicker
        color: frame.theme.accent
        font.pixelSize: 26 * frame.u
        font.bold: true
        font.letterSpacing: 2 * frame.u
        font.capitalization: Font.AllUppercase
        elide: Text.ElideRight
    }
    Text {
        id: headingText
        anchors.top: kickerText.bottom
        anchors.topMargin: 12 * frame.u
        x: kickerText.x
        width: kickerText.width
        text: frame.heading
        color: frame.theme.text
        font.pixelSize: 52 * frame.u
        font.bold: true
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    Item {
        id: body
        x: kickerText.x
        anchors.top: headingText.bottom
        anchors.topMargin: 36 * frame.u
        anchors.bottom: decisionList.top
        anchors.bottomMargin: 28 * frame.u
        width: kickerText.width
    }
    Column {
        id: decisionList
        x: kickerText.x
        anchors.bottom: footerText.top
        anchors.bottomMargin: frame.decisions.length > 0 ? 20 * frame.u : 0
        width: kickerText.width
        spacing: 6 * frame.u
        Repeater {
            model: frame.decisions
            delegate: Text {
                required property string modelData
                width: decisionList.width
                text: "◆ " + modelData
                color: frame.theme.accent
                font.pixelSize: 22 * frame.u
                wrapMode: Text.WordWrap
            }
        }
    }
    Text {
        id: footerText
        x: kickerText.x
        y: frame.height - 44 * frame.u - height
        width: kickerText.width
        text: frame.footer
        color: frame.theme.muted
        font.pixelSize: 20 * frame.u
        elide: Text.ElideRight
    }
}
