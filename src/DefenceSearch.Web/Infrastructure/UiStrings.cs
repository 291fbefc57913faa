namespace DefenceSearch.Web.Infrastructure;

/// <summary>Every interface string in Vietnamese and English. A missing key shows as itself (and fails a test).</summary>
public static class UiStrings
{
    public static readonly IReadOnlyDictionary<string, (string Vi, string En)> All = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["site.name"] = ("DefenceSearch", "DefenceSearch"),
        ["site.tagline"] = ("Tin tức hợp tác quốc phòng", "Defence cooperation news"),
        ["site.footer"] = ("DefenceSearch: tìm kiếm tin tức tiếng Việt về hợp tác quốc phòng.", "DefenceSearch: search Vietnamese news about defence cooperation."),
        ["nav.label"] = ("Điều hướng chính", "Main navigation"),
        ["nav.search"] = ("Tìm kiếm", "Search"),
        ["nav.saved"] = ("Đã lưu", "Saved searches"),
        ["nav.help"] = ("Hướng dẫn", "Help"),
        ["lang.switch"] = ("English", "Tiếng Việt"),
        ["lang.switchLabel"] = ("Switch to English", "Chuyển sang tiếng Việt"),
        ["skip"] = ("Bỏ qua, tới nội dung chính", "Skip to main content"),

        ["banner.indexing"] = ("Đang lập chỉ mục kho bài viết…", "Indexing the articles…"),
        ["banner.progress"] = ("{0}/{1} tệp", "{0} of {1} files"),
        ["banner.waiting"] = ("Kết quả sẽ hiển thị khi hoàn tất; trang tự tải lại sau vài giây.", "Results appear when it is done; this page reloads itself in a few seconds."),
        ["banner.updating"] = ("Đang cập nhật chỉ mục; bài mới sẽ xuất hiện khi xong.", "Updating the index; new articles appear when it is done."),
        ["banner.failed"] = ("Chưa thể tìm kiếm.", "Search is not available."),
        ["banner.note"] = ("Lưu ý:", "Note:"),

        ["problem.data"] = ("Không nạp được dữ liệu tham chiếu: {0}", "The reference data could not be loaded: {0}"),
        ["problem.busy"] = ("Một tiến trình khác đang ghi chỉ mục; trang sẽ thử lại sau ít phút.", "Another process is writing the index; the site will retry shortly."),
        ["problem.noCorpus"] = ("Không tìm thấy thư mục kho bài viết (corpus): {0}", "The corpus folder was not found: {0}"),
        ["problem.rebuilding"] = ("Không cập nhật được chỉ mục ({0}); đang dựng lại từ kho bài viết.", "The index could not be updated ({0}); rebuilding it from the corpus."),
        ["problem.unreadable"] = ("Không đọc được chỉ mục; đang dựng lại từ kho bài viết.", "The index could not be read and is being rebuilt from the corpus."),
        ["problem.buildFailed"] = ("Không dựng được chỉ mục: {0}", "The index could not be built: {0}"),
        ["problem.openFailed"] = ("Không mở được chỉ mục.", "The index could not be opened."),
        ["problem.rebuilt"] = ("Chỉ mục đã được dựng lại: {0}", "The index was rebuilt: {0}"),

        ["search.title"] = ("Tìm tin hợp tác quốc phòng", "Search defence cooperation news"),
        ["search.label"] = ("Từ khóa", "Keywords"),
        ["search.placeholder"] = ("ví dụ: ngo xuan lich belarus", "e.g. ngo xuan lich belarus"),
        ["search.button"] = ("Tìm", "Search"),
        ["search.hint"] = ("Gõ không dấu cũng được. Dùng \"cụm từ\", -loại trừ, OR.", "Diacritics are optional. Use \"a phrase\", -exclude, OR."),
        ["search.syntax"] = ("Cú pháp", "Syntax"),
        ["search.count"] = ("{0} kết quả", "{0} results"),
        ["search.countOne"] = ("1 kết quả", "1 result"),
        ["search.took"] = ("{0} ms", "{0} ms"),
        ["search.browse"] = ("Bài mới nhất", "Newest articles"),
        ["search.results"] = ("Kết quả", "Results"),
        ["search.pageOf"] = ("trang {0}/{1}", "page {0} of {1}"),
        ["search.unavailable"] = ("Chỉ mục chưa sẵn sàng, chưa thể tìm kiếm.", "The index is not ready yet; searching is not possible."),

        ["sort.label"] = ("Sắp xếp", "Sort by"),
        ["sort.relevance"] = ("Liên quan nhất", "Relevance"),
        ["sort.date"] = ("Mới nhất", "Newest first"),

        ["filters.title"] = ("Bộ lọc", "Filters"),
        ["filters.active"] = ("Đang lọc", "Active filters"),
        ["filters.remove"] = ("Bỏ lọc {0}", "Remove filter {0}"),
        ["filters.clear"] = ("Xóa tất cả bộ lọc", "Clear all filters"),
        ["filters.apply"] = ("Áp dụng bộ lọc", "Apply filters"),
        ["filters.by"] = ("Lọc theo {0}", "Filter by {0}"),

        ["facet.country"] = ("Quốc gia", "Country"),
        ["facet.minister"] = ("Bộ trưởng", "Minister"),
        ["facet.year"] = ("Năm", "Year"),
        ["facet.area"] = ("Lĩnh vực hợp tác", "Cooperation area"),
        ["facet.more"] = ("Xem thêm {0}", "Show {0} more"),
        ["facet.none"] = ("Không có giá trị nào.", "No values."),
        ["facet.ministerFilter"] = ("Lọc danh sách bộ trưởng", "Filter the minister list"),
        ["facet.ministerPlaceholder"] = ("Gõ tên…", "Type a name…"),
        ["facet.ministerNoMatch"] = ("Không có tên nào khớp.", "No name matches."),
        ["facet.count"] = ("{0} bài", "{0} articles"),

        ["year.chart"] = ("Số bài theo năm", "Articles per year"),
        ["year.bar"] = ("{0}: {1} bài", "{0}: {1} articles"),

        ["empty.title"] = ("Không có bài nào khớp", "Nothing matched"),
        ["empty.text"] = ("Không tìm thấy bài viết nào cho tìm kiếm này.", "No article matches this search."),
        ["empty.suggest"] = ("Có phải bạn muốn tìm", "Did you mean"),
        ["empty.removeFilters"] = ("Thử bỏ bớt bộ lọc:", "Try removing a filter:"),
        ["empty.help"] = ("Xem hướng dẫn cú pháp tìm kiếm", "See how to write a search"),

        ["result.undated"] = ("Không rõ ngày", "Undated"),
        ["result.source"] = ("Nguồn", "Source"),
        ["result.tags"] = ("Thẻ của bài", "Article tags"),

        ["pager.label"] = ("Các trang kết quả", "Result pages"),
        ["pager.prev"] = ("‹ Trước", "‹ Previous"),
        ["pager.next"] = ("Sau ›", "Next ›"),
        ["pager.page"] = ("Trang {0}", "Page {0}"),

        ["save.title"] = ("Lưu tìm kiếm này", "Save this search"),
        ["save.name"] = ("Tên tìm kiếm", "Name of the search"),
        ["save.button"] = ("Lưu", "Save"),
        ["save.defaultName"] = ("Tìm kiếm", "Search"),

        ["export.label"] = ("Xuất kết quả", "Export results"),
        ["export.csv"] = ("CSV", "CSV"),
        ["export.json"] = ("JSON", "JSON"),
        ["export.note"] = ("tối đa {0} bài", "up to {0} articles"),

        ["article.published"] = ("Ngày đăng", "Published"),
        ["article.source"] = ("Nguồn", "Source"),
        ["article.original"] = ("Xem bài gốc", "Read the original"),
        ["article.highlighting"] = ("Đang tô sáng từ khóa tìm kiếm.", "Search words are highlighted."),
        ["article.removeHighlight"] = ("Bỏ tô sáng", "Remove highlighting"),
        ["article.back"] = ("Tìm kiếm mới", "New search"),
        ["article.notFound"] = ("Không tìm thấy bài viết", "Article not found"),
        ["article.notFoundText"] = ("Không có bài viết nào với mã này; có thể bài đã bị gỡ khỏi kho.", "There is no article with this id; it may have been removed from the corpus."),
        ["article.tags"] = ("Thẻ", "Tags"),

        ["saved.title"] = ("Tìm kiếm đã lưu", "Saved searches"),
        ["saved.intro"] = ("Các tìm kiếm đã lưu trên trình duyệt này. Mở một tìm kiếm để xem kết quả mới nhất; mỗi tìm kiếm có nguồn tin Atom riêng.", "The searches saved in this browser. Open one to see its latest results; each has its own Atom feed."),
        ["saved.empty"] = ("Chưa có tìm kiếm nào được lưu. Dùng “Lưu tìm kiếm này” trên trang kết quả.", "No saved searches yet. Use “Save this search” on a results page."),
        ["saved.total"] = ("{0} kết quả", "{0} results"),
        ["saved.new"] = ("{0} bài mới", "{0} new"),
        ["saved.noNew"] = ("Không có bài mới", "Nothing new"),
        ["saved.newSince"] = ("kể từ lần mở trước ({0})", "since last opened ({0})"),
        ["saved.open"] = ("Mở", "Open"),
        ["saved.rename"] = ("Đổi tên", "Rename"),
        ["saved.newName"] = ("Tên mới cho “{0}”", "New name for “{0}”"),
        ["saved.delete"] = ("Xóa", "Delete"),
        ["saved.deleteConfirm"] = ("Xóa tìm kiếm “{0}”?", "Delete the saved search “{0}”?"),
        ["saved.deleteLabel"] = ("Xóa “{0}”", "Delete “{0}”"),
        ["saved.feed"] = ("Nguồn tin Atom", "Atom feed"),
        ["saved.feedHelp"] = ("Địa chỉ nguồn tin là bí mật riêng: ai có địa chỉ này đều đọc được, không cần đăng nhập.", "The feed address is a secret: anyone who has it can read the feed, no login needed."),
        ["saved.all"] = ("Tất cả bài viết", "All articles"),
        ["saved.query"] = ("Từ khóa", "Query"),
        ["saved.limit"] = ("Đã đạt giới hạn số tìm kiếm được lưu.", "You have reached the limit of saved searches."),
        ["saved.unavailable"] = ("chưa có chỉ mục", "index not ready"),
        ["saved.actions"] = ("Thao tác", "Actions"),
        ["saved.sortedByDate"] = ("xếp theo ngày", "newest first"),

        ["feed.title"] = ("DefenceSearch: {0}", "DefenceSearch: {0}"),

        ["error.title"] = ("Đã xảy ra lỗi", "Something went wrong"),
        ["error.text"] = ("Không thể xử lý yêu cầu. Hãy thử lại, hoặc quay về trang tìm kiếm.", "The request could not be handled. Try again, or go back to the search page."),
        ["error.404"] = ("Không tìm thấy trang", "Page not found"),
        ["error.404text"] = ("Không có trang nào ở địa chỉ này.", "There is no page at this address."),
        ["error.400"] = ("Yêu cầu không hợp lệ", "Bad request"),
        ["error.400text"] = ("Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi thử lại.", "The form has expired or is not valid. Reload the page and try again."),
        ["error.home"] = ("Về trang tìm kiếm", "Back to search"),
    };

    public static string Get(string key, string lang) =>
        All.TryGetValue(key, out var text) ? (lang == "en" ? text.En : text.Vi) : key;
}
