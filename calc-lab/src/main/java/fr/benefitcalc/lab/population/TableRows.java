package fr.benefitcalc.lab.population;

import fr.benefitcalc.lab.input.InputText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a CSV or Parquet file through DuckDB's JDBC driver, every column as text
 * ({@code read_csv(..., all_varchar = true)}; Parquet columns cast to {@code VARCHAR}), in file order.
 * Empty cells come as {@code null}. No parsing of CSV here: DuckDB's reader does it (quotes, comma or
 * semicolon, compressed {@code .csv.gz}).
 */
final class TableRows {
  /** The kinds of file read. */
  enum Format {
    /** Comma- (or semicolon-) separated values with a header row, which counts as row 1. */
    CSV(2, "SELECT * FROM read_csv(?, all_varchar = true, header = true, delim = '%s', quote = '\"', escape = '\"',"
        + " strict_mode = true, null_padding = false, skip = 0)"),
    /** Apache Parquet; its first row is row 1. */
    PARQUET(1, "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet(?)");

    private final long firstRow;
    private final String query;

    Format(long firstRow, String query) {
      this.firstRow = firstRow;
      this.query = query;
    }

    /** The format of a file name ({@code .csv}, {@code .csv.gz}, {@code .parquet}), or an error naming it. */
    static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
        return CSV;
      }
      if (name.endsWith(".parquet")) {
        return PARQUET;
      }
      throw new PopulationFile.UnreadableFileException(file + ": is neither a .csv nor a .parquet file");
    }
  }

  /** Receives the header, then each row with its number in the file. */
  interface Consumer {
    void header(List<String> columns);

    void row(long number, String[] cells);
  }

  private TableRows() {}

  static void read(Path file, Format format, Consumer consumer) {
    if (!Files.isRegularFile(file)) {
      throw new PopulationFile.UnreadableFileException(file + ": no such file");
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the DuckDB JDBC driver is not on the class path", e);
    }
    String query = format.query;
    if (format == Format.CSV) {
      // the same encoding rules as every text input (UTF-8, its mark allowed), with the line and column of a bad byte
      try {
        InputText.checkUtf8(file);
        char delimiter = delimiter(file);
        checkCells(file, delimiter);
        query = String.format(Locale.ROOT, query, delimiter);
      } catch (InputText.MalformedInputFileException e) {
        throw new PopulationFile.UnreadableFileException(e.getMessage());
      } catch (java.io.IOException e) {
        throw new PopulationFile.UnreadableFileException(file + ": cannot be read: " + e.getMessage());
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         PreparedStatement p = c.prepareStatement(query)) {
      p.setString(1, file.toAbsolutePath().toString());
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          columns.add(md.getColumnLabel(i));
        }
        consumer.header(columns);
        long row = format.firstRow;
        while (rs.next()) {
          String[] cells = new String[n];
          for (int i = 0; i < n; i++) {
            cells[i] = rs.getString(i + 1);
          }
          consumer.row(row++, cells);
        }
      }
    } catch (SQLException e) {
      throw new PopulationFile.UnreadableFileException(file + ": cannot be read as " + format + ": "
          + firstLine(e.getMessage()));
    }
  }

  /** The delimiter of a CSV file, from its header line: a semicolon if it has one and no comma, else a comma. */
  private static char delimiter(Path file) throws java.io.IOException {
    try (java.io.InputStream raw = Files.newInputStream(file);
        java.io.InputStream in = file.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
        java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
            java.nio.charset.StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null) {
        throw new PopulationFile.UnreadableFileException(file + ": is empty (no header row)");
      }
      return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }
  }

  /** Every row of a CSV file has as many cells as its header; otherwise an error naming the row (as DuckDB's sniffer does not). */
  private static void checkCells(Path file, char delimiter) throws java.io.IOException {
    try (java.io.InputStream raw = Files.newInputStream(file);
        java.io.InputStream in = file.getFileName().toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
        java.io.Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
            1 << 16);
        org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
            .get().parse(r)) {
      int width = -1;
      long row = 0;
      for (org.apache.commons.csv.CSVRecord record : csv) {
        row++;
        if (width < 0) {
          width = record.size();
        } else if (record.size() != width && !(record.size() == 1 && record.get(0).isEmpty())) {
          throw new PopulationFile.UnreadableFileException(file + ":" + csv.getCurrentLineNumber() + ": row " + row
              + " has " + record.size() + " cells, the header has " + width);
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new PopulationFile.UnreadableFileException(file + ": cannot be read as CSV: " + e.getMessage());
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
