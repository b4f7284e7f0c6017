// dealscope-cli, run as a user would: exit codes, output and files.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEALSCOPE_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileHash(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void usageAndHelp() {
        Run none = cli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.out.contains(QLatin1String("Usage: dealscope-cli")));
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command")));
        for (const char *command : {"sample", "info", "export", "check", "generate"}) {
            Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(QLatin1String("Usage:")), command);
            Run bad = cli({QString::fromLatin1(command), QStringLiteral("--no-such-option")});
            QCOMPARE(bad.code, 2);
            Run missing = cli({QString::fromLatin1(command)});
            QCOMPARE(missing.code, 2);
        }
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith(QLatin1String("dealscope-cli ")));
    }

    void sampleInfoExportCheck() {
        const QString db = path(QStringLiteral("sample.dealscope"));
        Run sample = cli({QStringLiteral("sample"), db});
        QCOMPARE(sample.code, 0);
        QVERIFY(QFile::exists(db));
        Run again = cli({QStringLiteral("sample"), db});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));

        Run info = cli({QStringLiteral("info"), db});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.out, QStringLiteral("companies: 8\nsources: 7\ndeals: 13\nflows: 19\nclaims: "
                                          "44\n"));

        Run exported =
            cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(exported.code, 0);
        QFile shipped(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/sample/sample.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(exported.out.toUtf8(), shipped.readAll());
        const QString out = path(QStringLiteral("out.json"));
        QCOMPARE(cli({QStringLiteral("export"), db, QStringLiteral("-o"), out}).code, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll())
                     .object()[QStringLiteral("format")]
                     .toString(),
                 QStringLiteral("dealscope"));
        Run xml =
            cli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(xml.code, 2);

        Run check = cli({QStringLiteral("check"), db});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.contains(QLatin1String("0 error(s), 0 warning(s)")));
    }

    void badFilesAreRefusedAndLeftAlone() {
        Run missing = cli({QStringLiteral("info"), path(QStringLiteral("nope.dealscope"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.dealscope"))));

        const QString text = path(QStringLiteral("notes.dealscope"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(text);
        for (const char *command : {"info", "export", "check"}) {
            Run r = cli({QString::fromLatin1(command), text});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("not a DealScope file")), qPrintable(r.err));
        }
        QCOMPARE(fileHash(text), before);
    }

    void generateIsDeterministic() {
        const QString a = path(QStringLiteral("a.dealscope"));
        const QString b = path(QStringLiteral("b.dealscope"));
        const QStringList args = {QStringLiteral("--deals"),     QStringLiteral("500"),
                                  QStringLiteral("--companies"), QStringLiteral("50"),
                                  QStringLiteral("--seed"),      QStringLiteral("11"),
                                  QStringLiteral("-q")};
        Run ra = cli(QStringList{QStringLiteral("generate"), a} + args);
        QCOMPARE(ra.code, 0);
        QVERIFY(ra.out.contains(QLatin1String("500 deals")));
        QCOMPARE(cli(QStringList{QStringLiteral("generate"), b} + args).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), a}).out, cli({QStringLiteral("export"), b}).out);
        QCOMPARE(cli({QStringLiteral("check"), a}).code, 0);
        Run bad = cli({QStringLiteral("generate"), path(QStringLiteral("c.dealscope")),
                       QStringLiteral("--deals"), QStringLiteral("many")});
        QCOMPARE(bad.code, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("c.dealscope"))));
        QCOMPARE(cli({QStringLiteral("generate"), a}).code, 1); // exists already
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
