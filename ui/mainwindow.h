#pragma once

#include "pagecatalog.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Roomdesk {

class EmptyStatePage;
class LanguageManager;
class Settings;
class ZoomClient;

struct MainWindowContext final
{
    LanguageManager *languages = nullptr;
    Settings *settings = nullptr;
    QString databasePath;
    bool demo = false;
    bool rememberGeometry = true; // off for screenshots and tests
    ZoomClient *zoom = nullptr; // the connection to check, if any (the sandbox in demo mode)
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(MainWindowContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    PageId currentPage() const;
    void showPage(PageId page);
    bool connectionChecked() const { return m_connection != Connection::Checking; }

signals:
    void connectionCheckFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createSidebar();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void showAbout();
    void restoreState();
    void saveState();
    void checkConnection();
    QString connectionText() const;

    enum class Connection { None, Checking, Connected, Failed };
    Connection m_connection = Connection::None;
    int m_grantedScopes = 0;
    QString m_connectionError;

    MainWindowContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<EmptyStatePage *> m_pages;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Roomdesk
