#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Turnpoint {

// The one place every export (PNG, SVG, PDF, JSON, CSV; window and batch) and every file the
// program keeps (link cache) is written through. What it does depends on what the target is:
// - "-": standard output;
// - a regular file, or nothing yet: a whole file or nothing. The bytes go to a temporary file
//   that QSaveFile renames over the target only when all of them reached the disk, so a failed
//   write leaves an existing file exactly as it was. A symbolic link is followed: the file it
//   points to is replaced and the link stays;
// - anything else that exists (a character or block device such as /dev/null, a FIFO, a
//   socket, /dev/stdout): opened and written in place. Renaming a file over it would put a
//   regular file where the device node or pipe was: for /dev/null run as root, every later
//   `>/dev/null` on the machine would fill that file, and a pipe's reader would wait forever.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Returns an empty string when `bytes` were written to `fileName`, otherwise why not, in
    // words for the user (the system's reason where it gives one).
    static QString write(const QString &fileName, const QByteArray &bytes);

    // True for the name that means standard output in every export option and dialog.
    static bool isStandardOutput(const QString &fileName);

private:
    static QString replaceRegularFile(const QString &fileName, const QByteArray &bytes);
    static QString writeInPlace(const QString &fileName, const QByteArray &bytes);
    static QString writeToSocket(const QString &fileName, const QByteArray &bytes);
    static QString writeAll(int fd, const QByteArray &bytes);
};

} // namespace Turnpoint
