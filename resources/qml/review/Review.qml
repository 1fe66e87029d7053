// The executive review: one page at a time, full screen, keyboard-driven (arrows, Page keys,
// Home/End; G or Tab for the overview of all pages; Esc leaves the overview, then the review;
// A, R or Q records a decision — approve, reject, question — on what the page shows).
pragma ComponentBehavior: Bound
import QtQuick

Rectangle {
    id: root

    required property var review // ReviewModel: pages, dark, busy, revision, projectName
    property int currentIndex: 0
    property bool overview: false
    property bool animate: true
    readonly property var pages: root.review ? root.review.pages : []
    readonly property int count: root.pages.length
    readonly property real u: height / 1080

    signal closeRequested

    function go(index: int) {
        root.currentIndex = Math.max(0, Math.min(root.count - 1, index));
    }

    color: theme.background
    focus: true
    onCurrentIndexChanged: {
        if (root.animate && !root.overview)
            fadeIn.restart();
    }
    onCountChanged: root.go(root.currentIndex)

    Keys.onPressed: event => {
        const columns = overviewGrid.columns;
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            root.go(root.currentIndex + 1);
            break;
        case Qt.Key_Left:
        case Qt.Key_PageUp:
        case Qt.Key_Backspace:
            root.go(root.currentIndex - 1);
            break;
        case Qt.Key_Down:
            root.go(root.currentIndex + (root.overview ? columns : 1));
            break;
        case Qt.Key_Up:
            root.go(root.currentIndex - (root.overview ? columns : 1));
            break;
        case Qt.Key_Home:
            root.go(0);
            break;
        case Qt.Key_End:
            root.go(root.count - 1);
            break;
        case Qt.Key_G:
        case Qt.Key_Tab:
            root.overview = !root.overview;
            break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
            root.overview = false;
            break;
        case Qt.Key_A:
        case Qt.Key_R:
        case Qt.Key_Q:
            // A decision on what the page shows (a strategy, role changes, the remedy), if anything.
            if (root.overview || root.count === 0 || !root.review
                    || root.pages[root.currentIndex].subjects === undefined
                    || root.pages[root.currentIndex].subjects.length === 0)
                return;
            decisionEntry.open(event.key === Qt.Key_A ? "approve" : event.key === Qt.Key_R ? "reject" : "question",
                               root.pages[root.currentIndex].subjects);
            break;
        case Qt.Key_Escape:
            if (root.overview)
                root.overview = false;
            else
                root.closeRequested();
            break;
        default:
            return;
        }
        event.accepted = true;
    }

    Theme {
        id: theme
        dark: root.review ? root.review.dark : false
    }

    PageView {
        id: current
        anchors.fill: parent
        visible: !root.overview
        page: root.count > 0 ? root.pages[root.currentIndex] : ({})
        theme: theme
        number: root.currentIndex + 1
        count: root.count
        projectName: root.review ? root.review.projectName : ""
        revision: root.review ? root.review.revision : 0
        NumberAnimation {
            id: fadeIn
            target: current
            property: "opacity"
            from: 0.2
            to: 1
            duration: 220
        }
    }

    OverviewGrid {
        id: overviewGrid
        anchors.fill: parent
        visible: root.overview
        active: root.overview
        pages: root.pages
        theme: theme
        currentIndex: root.currentIndex
        projectName: root.review ? root.review.projectName : ""
        revision: root.review ? root.review.revision : 0
        onChosen: index => {
            root.currentIndex = index;
            root.overview = false;
        }
    }

    DecisionEntry {
        id: decisionEntry
        anchors.centerIn: parent
        theme: theme
        u: root.u
        onAccepted: (subject, verdict, note) => {
            root.review.recordDecision(subject, verdict, note);
            root.forceActiveFocus();
        }
        onCancelled: root.forceActiveFocus()
    }

    Text {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 24 * root.u
        visible: root.review ? root.review.busy : false
        text: qsTr("Simulating…")
        color: theme.muted
        font.pixelSize: 20 * root.u
    }
}
