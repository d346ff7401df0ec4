// Hostile input, part 3 (docs/RELIABILITY.md, section 5): network access is off by default. A
// real HTTP server on 127.0.0.1 (python3 -m http.server's handler, a random port, every request
// logged) serves the data; rrw-cli refuses http:// and /vsicurl/ sources and follows no remote
// reference inside a file (a VRT, GML xlinks, KML links), and the log shows no request. With
// the opt-in (--allow-network, RRW_ALLOW_NETWORK=1) the http:// import works.

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace fs = std::filesystem;

namespace rrw::test {

namespace {

// argv: DIRECTORY PORT_FILE LOG_FILE. Serves DIRECTORY; writes the port, then one line per
// request ("GET /path") as soon as it is parsed.
const char* const kServer = R"py(
import functools, http.server, os, sys
root, port_file, log = sys.argv[1:4]
class Handler(http.server.SimpleHTTPRequestHandler):
    def parse_request(self):
        ok = super().parse_request()
        with open(log, "a") as f:
            f.write("%s %s\n" % (self.command, self.path))
        return ok
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(Handler, directory=root))
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
)py";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A python3 HTTP server for one test suite, stopped (by its process id) in the destructor.
class HttpServer {
public:
    explicit HttpServer(const ScratchDir& dir)
        : root_(dir.path("www")), log_(dir.path("requests.log")) {
        fs::create_directories(root_);
        const std::string script = dir.path("server.py");
        const std::string portFile = dir.path("port");
        std::ofstream(script) << kServer;
        pid_ = fork();
        if (pid_ == 0) {
            execlp("python3", "python3", script.c_str(), root_.c_str(), portFile.c_str(),
                   log_.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        for (int i = 0; i < 200 && !fs::exists(portFile); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        port_ = slurp(portFile);
    }
    ~HttpServer() {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            waitpid(pid_, nullptr, 0);
        }
    }
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    bool running() const { return !port_.empty(); }
    std::string url(const std::string& file) const {
        return "http://127.0.0.1:" + port_ + "/" + file;
    }
    std::string root() const { return root_; }
    /// The requests logged so far; clears the log.
    std::string takeRequests() {
        const std::string text = slurp(log_);
        std::ofstream(log_, std::ios::trunc);
        return text;
    }

private:
    std::string root_;
    std::string log_;
    std::string port_;
    pid_t pid_ = -1;
};

class HostileNetwork : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new ScratchDir;
        server_ = new HttpServer(*dir_);
        fs::copy_file(testDataPath("good/crs_4326.geojson"), server_->root() + "/places.geojson");
    }
    static void TearDownTestSuite() {
        delete server_;
        delete dir_;
    }
    void SetUp() override {
        ASSERT_TRUE(server_->running()) << "python3 http.server did not start";
        project_ = work_.path("p.gpkg");
        copyBundledProject(project_);
        before_ = dumpDatabase(project_);
        server_->takeRequests();
    }

    std::string write(const std::string& name, const std::string& text) {
        const std::string path = work_.path(name);
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static ScratchDir* dir_;
    static HttpServer* server_;
    ScratchDir work_;
    std::string project_;
    std::string before_;
};

ScratchDir* HostileNetwork::dir_ = nullptr;
HttpServer* HostileNetwork::server_ = nullptr;

}  // namespace

TEST_F(HostileNetwork, RemoteSourcesAreRefusedWithoutARequest) {
    for (const std::string& source :
         {server_->url("places.geojson"), "/vsicurl/" + server_->url("places.geojson")}) {
        const CliResult r = runCli({"import", project_, source});
        EXPECT_NE(r.exitCode, 0) << r.out;
        EXPECT_NE(r.err.find(source + ": network sources are not read: network access is off"),
                  std::string::npos)
            << r.err;
        EXPECT_NE(r.err.find("--allow-network"), std::string::npos) << r.err;
    }
    EXPECT_EQ(server_->takeRequests(), "");
    EXPECT_EQ(dumpDatabase(project_), before_);
}

TEST_F(HostileNetwork, RemoteReferencesInFilesAreNotFollowed) {
    const std::string remote = server_->url("places.geojson");
    const std::string vrt =
        "<OGRVRTDataSource><OGRVRTLayer name=\"places\"><SrcDataSource>"
        "/vsicurl/" +
        remote + "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n";
    // GDAL itself (ogrinfo, default settings) follows this VRT: the file is a real threat.
    const std::string vrtFile = write("remote.vrt", vrt);
    runProgram("ogrinfo", {"-ro", "-so", "-al", vrtFile});
    EXPECT_NE(server_->takeRequests().find("GET /places.geojson"), std::string::npos)
        << "the control run with ogrinfo made no request";

    const CliResult refused = runCli({"import", project_, vrtFile});
    EXPECT_NE(refused.err.find("VRT files are not read"), std::string::npos) << refused.err;
    // The same VRT under a GeoJSON name: only the GeoJSON driver may open it, and it cannot.
    EXPECT_NE(runCli({"import", project_, write("remote_vrt.json", vrt)}).exitCode, 0);

    // GML with an xlink to the server (followed by GDAL with GML_SKIP_RESOLVE_ELEMS=NONE, even
    // when the environment asks for it) and a remote schema.
    const std::string gml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ogr:FeatureCollection "
        "xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://ogr.maptools.org/ " +
        server_->url("schema.xsd") +
        "\"><gml:featureMember><ogr:places fid=\"places.0\"><ogr:geometryProperty><gml:Point "
        "srsName=\"EPSG:4326\"><gml:coordinates>12.1,50.1</gml:coordinates></gml:Point>"
        "</ogr:geometryProperty><ogr:name>Selb</ogr:name><ogr:ref xlink:href=\"" +
        server_->url("other.gml#x1") +
        "\"/></ogr:places></gml:featureMember></ogr:FeatureCollection>\n";
    const std::string gmlFile = write("xlink.gml", gml);
    runProgram("ogrinfo", {"--config", "GML_SKIP_RESOLVE_ELEMS", "NONE", "-oo", "WRITE_GFS=NO",
                           "-ro", "-al", "-q", gmlFile});
    EXPECT_NE(server_->takeRequests().find("GET /other.gml"), std::string::npos)
        << "the control run with ogrinfo made no request";
    setenv("GML_SKIP_RESOLVE_ELEMS", "NONE", 1);
    const CliResult gmlImport = runCli({"import", project_, gmlFile, "--name", "xlink"});
    unsetenv("GML_SKIP_RESOLVE_ELEMS");
    EXPECT_EQ(gmlImport.exitCode, 0) << gmlImport.err;

    // GeoJSON "$ref" members and KML network links, styles and icons on the server.
    const std::string geojson = R"({"type":"FeatureCollection","$ref":")" + remote +
                                R"(","features":[{"type":"Feature","properties":{"$ref":")" +
                                remote +
                                R"("},"geometry":{"type":"Point","coordinates":[12.1,50.1]}}]})";
    EXPECT_EQ(runCli({"import", project_, write("ref.geojson", geojson)}).exitCode, 0);
    const std::string kml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
        "<Document><NetworkLink><Link><href>" +
        server_->url("remote.kml") + "</href></Link></NetworkLink><Placemark><styleUrl>" +
        server_->url("styles.kml#s") +
        "</styleUrl><name>x</name><Point><coordinates>12.1,50.1</coordinates></Point>"
        "</Placemark></Document></kml>\n";
    EXPECT_EQ(runCli({"import", project_, write("links.kml", kml)}).exitCode, 0);

    EXPECT_EQ(server_->takeRequests(), "") << "rrw-cli made a request";
    EXPECT_EQ(integrityCheck(project_), "ok");
}

TEST_F(HostileNetwork, TheOptInReadsHttpSources) {
    const std::string source = server_->url("places.geojson");
    const CliResult flag =
        runCli({"import", project_, source, "--allow-network", "--name", "remote", "--json"});
    ASSERT_EQ(flag.exitCode, 0) << flag.err;
    EXPECT_EQ(nlohmann::json::parse(flag.out).at("features"), 5);
    EXPECT_NE(server_->takeRequests().find("GET /places.geojson"), std::string::npos);

    setenv("RRW_ALLOW_NETWORK", "1", 1);
    const CliResult env = runCli({"import", project_, "/vsicurl/" + source, "--name", "remote_2"});
    unsetenv("RRW_ALLOW_NETWORK");
    EXPECT_EQ(env.exitCode, 0) << env.err;
    EXPECT_NE(server_->takeRequests().find("GET /places.geojson"), std::string::npos);
    // A missing remote file is an ordinary "not found".
    const CliResult missing =
        runCli({"import", project_, server_->url("missing.geojson"), "--allow-network"});
    EXPECT_NE(missing.err.find("file not found"), std::string::npos) << missing.err;
}

}  // namespace rrw::test
