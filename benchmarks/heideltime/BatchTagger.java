// Runs HeidelTime 2.2.1 over many documents in one JVM, for `make bench`.
// Usage: java -cp heideltime.jar:. BatchTagger config.props list.tsv outdir [treetagger|no]
// list.tsv lines: id <TAB> YYYY-MM-DD <TAB> path of the UTF-8 text
// The fourth argument picks the POS setting: TreeTagger (HeidelTime's usual setting) or none (default).
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;

public class BatchTagger {
    public static void main(String[] args) throws Exception {
        POSTagger pos = args.length > 3 && args[3].equals("treetagger") ? POSTagger.TREETAGGER : POSTagger.NO;
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], pos);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(parts[2])), StandardCharsets.UTF_8);
            String timeml = tagger.process(text, day.parse(parts[1]));
            Files.write(Paths.get(args[2], parts[0] + ".tml"), timeml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
