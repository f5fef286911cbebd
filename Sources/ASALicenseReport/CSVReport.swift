import ASALicenseKit
import CSV
import Foundation

/// The report as CSV (RFC 4180: CRLF line ends, fields quoted where they need it): one row per
/// unit, with a header row.
public enum CSVReport {
    public static func render(_ r: FleetReport) throws -> String {
        let stream = OutputStream(toMemory: ())
        let csv = try CSVWriter(stream: stream, newline: .crlf)
        try csv.write(row: ReportColumns.titles)
        for u in r.units { try csv.write(row: ReportColumns.cells(u)) }
        csv.stream.close()
        let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
