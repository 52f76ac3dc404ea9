// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Roomdesk::Test {

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// Runs one of the built executables the way a user would, with its own settings and
// data folders so nothing of the developer's is read or written.
class ProcessRunner final
{
public:
    explicit ProcessRunner(const QString &executable)
        : m_program(qEnvironmentVariable("ROOMDESK_BIN_DIR") + QLatin1Char('/') + executable)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_environment.remove(QStringLiteral("LANGUAGE"));
    }

    QString program() const { return m_program; }
    QString home() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_environment; }

    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->setProgram(m_program);
        process->setArguments(arguments);
        process->start();
        return process;
    }

    static ProcessResult finish(QProcess &process, int timeoutMs = 60000)
    {
        ProcessResult result;
        result.finished = process.waitForFinished(timeoutMs);
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    ProcessResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        auto process = start(arguments);
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return finish(*process);
    }

    // Starts roomdesk-sandbox (this runner must be for it) on a free port and returns its
    // one JSON startup line (empty if it did not start).
    QJsonObject startSandbox(std::unique_ptr<QProcess> &process, const QStringList &arguments = {}) const
    {
        process = start(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!process->waitForReadyRead(20000))
            return {};
        return QJsonDocument::fromJson(process->readLine()).object();
    }

    // The base URL a sandbox's startup line names ("http://127.0.0.1:N").
    static QString sandboxBaseUrl(const QJsonObject &line)
    {
        return line.value(QStringLiteral("oauth_url")).toString().section(QStringLiteral("/oauth"), 0, 0);
    }

private:
    QTemporaryDir m_home;
    QString m_program;
    QProcessEnvironment m_environment;
};

} // namespace Roomdesk::Test
