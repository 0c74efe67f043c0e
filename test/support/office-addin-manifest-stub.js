// office-addin-mock only needs the OfficeApp enum from office-addin-manifest; the real package is ESM-only under Jest.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
