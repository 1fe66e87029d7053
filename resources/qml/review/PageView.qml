// One page of the review, its component chosen by the page's kind.
import QtQuick

Item {
    id: view

    required property var page
    required property Theme theme
    property int number: 1
    property int count: 1
    property string projectName
    property int revision: 0
    readonly property real u: height / 1080
    readonly property string footer: qsTr("%1 · %2 of %3").arg(view.projectName).arg(view.number).arg(view.count)

    // Loader.setSource with the page's properties: in Qt 6.4 a Loader cannot instantiate bound
    // inline components, and unbound ones would reach outside their scope. Reloaded when they change.
    function load() {
        const files = {
            "title": "TitlePage.qml",
            "strategy": "StrategyPage.qml",
            "journey": "JourneyPage.qml",
            "roles": "RolesPage.qml",
            "process": "ProcessPage.qml",
            "simulation": "SimulationPage.qml",
            "technology": "TechnologyPage.qml",
            "trace": "TracePage.qml"
        };
        const file = view.page && files[view.page.kind] !== undefined ? files[view.page.kind] : "";
        if (file === "") {
            loader.source = "";
            return;
        }
        loader.setSource(Qt.resolvedUrl(file), {
            "page": view.page,
            "theme": view.theme,
            "u": view.u,
            "footer": view.footer,
            "revision": view.revision,
            "decisions": view.page.decisions !== undefined ? view.page.decisions : []
        });
    }

    onPageChanged: Qt.callLater(view.load)
    onUChanged: Qt.callLater(view.load)
    onFooterChanged: Qt.callLater(view.load)
    onRevisionChanged: Qt.callLater(view.load)
    Component.onCompleted: view.load()

    Loader {
        id: loader
        anchors.fill: parent
    }
}
