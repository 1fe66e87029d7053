// Page 1: who the review is for, and the customer in one sentence.
import QtQuick

PageFrame {
    id: page

    required property var page

    kicker: qsTr("Executive review")
    heading: ""

    Column {
        width: page.bodyWidth
        y: page.bodyHeight * 0.12
        spacing: 36 * page.u

        Text {
            width: parent.width
            text: page.page.title
            color: page.theme.text
            font.pixelSize: 80 * page.u
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: page.page.client
            color: page.theme.accent
            font.pixelSize: 44 * page.u
            wrapMode: Text.WordWrap
        }
        Rectangle {
            width: 160 * page.u
            height: 6 * page.u
            color: page.theme.toBe
        }
        Text {
            width: parent.width * 0.85
            visible: text !== ""
            text: page.page.customer
            color: page.theme.text
            font.pixelSize: 34 * page.u
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Text {
            width: parent.width * 0.85
            visible: text !== ""
            text: page.page.customers
            color: page.theme.muted
            font.pixelSize: 26 * page.u
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: page.page.date
            color: page.theme.muted
            font.pixelSize: 26 * page.u
        }
    }
}
