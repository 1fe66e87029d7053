// SPDX-License-Identifier: GPL-3.0-or-later
// A main for the harnesses in builds without libFuzzer (GCC, the release preset): runs every file
// given, or every file in the folders given, through LLVMFuzzerTestOneInput once, so inputs that
// once crashed a harness stay regression tests of the ordinary suite.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        QStringList inDir;
        while (it.hasNext())
            inDir << it.next();
        inDir.sort(); // the same order on every machine
        files << inDir;
    }
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(name));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(name), static_cast<long long>(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
    std::printf("replay: %lld inputs, no crash\n", static_cast<long long>(files.size()));
    return files.isEmpty() ? 1 : 0;
}
