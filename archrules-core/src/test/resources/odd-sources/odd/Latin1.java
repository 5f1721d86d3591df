package odd;

/** Saved in ISO-8859-1: café au lait. */
public class Latin1 {

    String sql() {
        return "select nom from cafés";
    }
}
