// In development the pages load the widgets from source; the built demo loads the CDN files instead.
import '@infamilie/widgets/infamilie.js';
