// The comparison build: Eleventy 3 with its defaults (markdown-it, Liquid preprocessing of Markdown)
// over the same job pages. bench/lib/comparison-projects.ts copies this folder and the pages (as content/)
// into a temp dir and runs Eleventy there, so the relative input path keeps directory data working.
module.exports = function (eleventyConfig) {
  // The generated pages name the layouts of the handbook they imitate; all of them get the one layout.
  eleventyConfig.addLayoutAlias('job_page', 'base.njk');
  eleventyConfig.addLayoutAlias('job_family_page', 'base.njk');
  eleventyConfig.addLayoutAlias('markdown_page', 'base.njk');
};

module.exports.config = {
  // Relative to the input folder (`--input=content`), so the layout and global data stay beside it.
  dir: { includes: '../_includes', data: '../_data' },
};
