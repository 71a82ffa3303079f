// MainWindow::openFiles() reads reports in the background (ReportLoader): what the window shows
// while it runs, the order reports arrive in, errors, queueing and Cancel.
#include "corpusgenerator.h"
#include "mainwindow.h"
#include "statusprogress.h"
#include "timelinemodel.h"
#include "windowtestsupport.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

class TestWindowLoading : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files; // generated reports of very different sizes
    QString m_broken;

    bool write(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    QStringList loadedFiles(const MainWindow &w) const {
        QStringList files;
        for (int r = 0; r < w.model()->reportCount(); ++r)
            files.append(w.model()->report(r).file);
        return files;
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("TurnpointTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowloading"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const CorpusGenerator gen(5);
        const int sizes[] = {3000, 2, 40, 1, 600, 5};
        for (int i = 0; i < int(std::size(sizes)); ++i) {
            const QString path = m_dir.filePath(CorpusGenerator::fileName(i));
            QVERIFY(write(path, gen.report(sizes[i], quint64(i))));
            m_files.append(path);
        }
        m_broken = m_dir.filePath(QStringLiteral("not-a-report.md"));
        QVERIFY(write(m_broken, QByteArrayLiteral("just some words\nand no title\n")));
    }

    void filesArriveInTheOrderGiven() {
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::loadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QStringList asked = m_files;
        asked.insert(2, m_broken);
        w.openFiles(asked);
        // Nothing is parsed inside openFiles(): the event loop stays free while files load.
        QVERIFY(w.isLoading());
        QCOMPARE(w.model()->reportCount(), 0);
        QVERIFY(w.loadProgress()->isVisibleTo(&w));

        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!w.isLoading());
        QVERIFY(!w.loadProgress()->isVisibleTo(&w));
        // The unusable file is reported, once, by name; every other file is there, in order,
        // whichever thread finished first.
        QCOMPARE(loadedFiles(w), m_files);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("not-a-report.md")));
        // The last report added is selected, as after opening files one by one.
        QCOMPARE(w.selectionModel()->currentIndex().row(), int(m_files.size()) - 1);
    }

    void filesAskedForDuringALoadFollowIt() {
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::loadFinished);
        w.openFiles({m_files.at(0), m_files.at(1)});
        w.openFiles({m_files.at(3), m_files.at(0)}); // one new, one already on its way
        QVERIFY(TestSupport::openAndWait(w, {}));
        QCOMPARE(loadedFiles(w), (QStringList{m_files.at(0), m_files.at(1), m_files.at(3)}));
        // One loadFinished for the whole request, not one per batch.
        QCOMPARE(finished.size(), 1);
    }

    void cancelStopsAndKeepsWhatArrived() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {m_files.at(1)}));
        QCOMPARE(w.model()->reportCount(), 1);

        QSignalSpy finished(&w, &MainWindow::loadFinished);
        // The large file first: nothing of this load can have arrived before the event loop runs,
        // so the Cancel below always comes before any delivery.
        w.openFiles({m_files.at(0), m_files.at(2)});
        w.openFiles({m_files.at(4)}); // queued behind the running load
        QVERIFY(w.isLoading());
        w.loadProgress()->cancelButton()->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!w.isLoading());
        QVERIFY(!w.loadProgress()->isVisibleTo(&w));
        // Nothing more arrives later: not the cancelled files, not the queued one.
        QTest::qWait(300);
        QCOMPARE(loadedFiles(w), QStringList{m_files.at(1)});
        QCOMPARE(finished.size(), 1);

        // The window can load again at once.
        QVERIFY(TestSupport::openAndWait(w, {m_files.at(3)}));
        QCOMPARE(loadedFiles(w), (QStringList{m_files.at(1), m_files.at(3)}));
    }

    void closingTheWindowWhileLoadingIsSafe() {
        auto w = std::make_unique<MainWindow>();
        w->openFiles(m_files);
        QTest::qWait(5);
        w.reset(); // the loader waits for its threads; nothing is delivered to a dead window
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestWindowLoading)
#include "tst_windowloading.moc"
