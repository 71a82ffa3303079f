#include "atomicfile.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Turnpoint;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(AtomicFile::write(path, QByteArrayLiteral("first")), QString());
        QCOMPARE(readAll(path), QByteArrayLiteral("first"));
        QCOMPARE(AtomicFile::write(path, QByteArrayLiteral("second, longer")), QString());
        QCOMPARE(readAll(path), QByteArrayLiteral("second, longer"));
        QCOMPARE(AtomicFile::write(path, QByteArray()), QString());
        QCOMPARE(readAll(path), QByteArray());
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("out.json")});
    }

    void missingFolderIsAnError() {
        QTemporaryDir dir;
        const QString reason =
            AtomicFile::write(dir.filePath(QStringLiteral("missing/out.json")), "x");
        QVERIFY(!reason.isEmpty());
        QVERIFY(filesIn(dir).isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    // A write that stops part way (the file size limit standing in for a full disk): the old
    // file keeps its bytes, nothing is left beside it, and the reason is words a user can act
    // on. QFile reports a short write without an error of its own, and its errorString() was
    // "Unknown error" in the exports' messages.
    void cutShortKeepsOldFileAndSaysWhy_data() {
        QTest::addColumn<int>("size");
        // Below QFileDevice's 16 kB write buffer (where the failure used to surface in flush()
        // with no text), and far above it.
        QTest::newRow("8 kB") << 8 * 1024;
        QTest::newRow("256 kB") << 256 * 1024;
    }

    void cutShortKeepsOldFileAndSaysWhy() {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const QByteArray old("old contents\n");
        QCOMPARE(AtomicFile::write(path, old), QString());
        const QByteArray big(size, 'x');
        QString reason;
        {
            TestSupport::FileSizeLimit limit(1024);
            QVERIFY(limit.active());
            reason = AtomicFile::write(path, big);
        }
        QVERIFY(!reason.isEmpty());
        QVERIFY2(!reason.contains(QLatin1String("Unknown error")), qPrintable(reason));
        QCOMPARE(readAll(path), old);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("out.csv")});
        // And once the limit is gone, the same write goes through.
        QCOMPARE(AtomicFile::write(path, big), QString());
        QCOMPARE(readAll(path), big);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
